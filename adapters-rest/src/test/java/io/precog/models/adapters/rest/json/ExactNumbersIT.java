package io.precog.models.adapters.rest.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.rest.support.ApiResponse;
import io.precog.models.adapters.rest.support.ApiTestSupport;
import io.precog.models.adapters.rest.support.ModelRequests;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** Config and metric numbers survive the trip through the API and PostgreSQL exactly as written. */
class ExactNumbersIT extends ApiTestSupport {

    private static final String CONFIG = "{\"a\":0.1,\"b\":0.33,\"c\":32.0,\"d\":0.0000001,\"e\":1000,"
            + "\"f\":-0.50,\"g\":123456789012345678901234567890,"
            + "\"nested\":{\"list\":[0.1,[32.0,1000,\"x\",true],{\"deep\":0.0000001}]}}";

    private final String token = allScopes("numbers");

    @Autowired
    private JsonMapper serviceMapper;

    private ApiResponse createAndReadBack(String configJson) {
        ApiResponse created = api.post("/api/v1/models",
                ModelRequests.create(uniqueName("exact"), "v1.0", "elo", "nfl", configJson, null), token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return api.get("/api/v1/models/" + created.json().get("model_id"), token);
    }

    @Test
    void configNumbersSurviveTheDatabase() {
        ApiResponse response = createAndReadBack(CONFIG);

        assertThat(response.json().get("config")).isEqualTo(Map.of(
                "a", new BigDecimal("0.1"), "b", new BigDecimal("0.33"), "c", new BigDecimal("32.0"),
                "d", new BigDecimal("0.0000001"), "e", 1000, "f", new BigDecimal("-0.50"),
                "g", new BigInteger("123456789012345678901234567890"),
                "nested", Map.of("list", List.of(new BigDecimal("0.1"),
                        List.of(new BigDecimal("32.0"), 1000, "x", true),
                        Map.of("deep", new BigDecimal("0.0000001"))))));
    }

    @Test
    void writesTheSameLiteralsBackInPlainNotation() {
        String body = createAndReadBack(CONFIG).body();

        assertThat(body).contains("\"a\":0.1,").contains("\"b\":0.33,").contains("\"c\":32.0,")
                .contains("\"d\":0.0000001,").contains("\"e\":1000,").contains("\"f\":-0.50,")
                .contains("\"g\":123456789012345678901234567890")
                .contains("[0.1,[32.0,1000,\"x\",true],{\"deep\":0.0000001}]")
                .doesNotContain("E-7").doesNotContain("1.0E-7");
    }

    @Test
    void writesAnExponentInputInPlainNotation() {
        ApiResponse response = createAndReadBack("{\"eps\":1E-7}");

        assertThat(response.body()).contains("\"eps\":0.0000001");
        assertThat(response.json().get("config")).isEqualTo(Map.of("eps", new BigDecimal("0.0000001")));
    }

    @Test
    void keepsMetricsAsWritten() {
        ApiResponse created = api.post("/api/v1/models", ModelRequests.create(uniqueName("exact"), "v1.0"), token);
        String path = "/api/v1/models/" + created.json().get("model_id");

        api.post(path + "/metrics", "{\"validation_calibration\":0.1,\"validation_accuracy\":0.0000001,"
                + "\"validation_sample_size\":1000}", token);
        ApiResponse response = api.get(path, token);

        assertThat(response.body()).contains("\"validation_calibration\":0.1,")
                .contains("\"validation_accuracy\":0.0000001,").contains("\"validation_sample_size\":1000,");
        assertThat(response.json().get("validation_accuracy")).isEqualTo(new BigDecimal("0.0000001"));
    }

    @Test
    void serviceMapperNeverProducesDouble() {
        CreateModelRequest request = serviceMapper.readValue("{\"config\":" + CONFIG + "}", CreateModelRequest.class);

        List<Object> numbers = new ArrayList<>();
        collectNumbers(request.config(), numbers);
        assertThat(numbers).hasSize(11).noneMatch(number -> number instanceof Double || number instanceof Float);
        assertThat(numbers).filteredOn(BigDecimal.class::isInstance).hasSize(8);
    }

    @Test
    void rejectsNonFiniteNumbersAndChangesNothing() {
        for (String token : List.of("NaN", "Infinity", "-Infinity", "+Infinity")) {
            ApiResponse response = api.post("/api/v1/models", ModelRequests.create(uniqueName("nan"), "v1.0", "elo",
                    "nfl", "{\"k\":" + token + "}", null), this.token);

            assertThat(response.status()).as(token).isEqualTo(400);
            assertThat(response.problemCode()).isEqualTo("malformed-json");
        }
        ApiResponse metrics = api.post("/api/v1/models/1/metrics", "{\"validation_accuracy\":NaN}", this.token);
        assertThat(metrics.status()).isEqualTo(400);
    }

    @Test
    void rejectsADecimalWhoseScaleIsTooLarge() {
        ApiResponse response = api.post("/api/v1/models", ModelRequests.create(uniqueName("big"), "v1.0", "elo", "nfl",
                "{\"k\":1E-999999999}", null), token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemCode()).isEqualTo("invalid-config");
        assertThat(response.json()).containsEntry("key_path", "k");
    }

    private static void collectNumbers(Object value, List<Object> numbers) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(child -> collectNumbers(child, numbers));
        } else if (value instanceof List<?> list) {
            list.forEach(child -> collectNumbers(child, numbers));
        } else if (value instanceof Number) {
            numbers.add(value);
        }
    }
}
