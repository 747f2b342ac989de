package io.precog.models.adapters.rest.problem;

import static io.precog.models.adapters.rest.support.ModelRequests.create;
import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.rest.support.ApiResponse;
import io.precog.models.adapters.rest.support.ApiTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Problems state in plain words what is wrong and what to send instead: no names of the JSON reader's settings,
 * parameters named as in the API, and the position of the offending prediction of a batch.
 */
class ProblemWordingIT extends ApiTestSupport {

    private final String token = allScopes("wording");

    @LocalServerPort
    private int port;

    private ApiResponse createWithConfig(String configJson) {
        return api.post("/api/v1/models", create(uniqueName("w"), "v1.0").replace(
                "{\"k_factor\":32.0,\"home_advantage\":65,\"weights\":[0.5,0.25]}", configJson), token);
    }

    private long model() {
        ApiResponse response = api.post("/api/v1/models", create(uniqueName("w"), "v1.0"), token);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return ((Number) response.json().get("model_id")).longValue();
    }

    private String event() {
        String eventId = uniqueName("ev");
        ApiResponse response = api.post("/api/v1/events", "{\"event_id\":\"" + eventId + "\",\"domain\":\"nfl\"}",
                token);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return eventId;
    }

    private static String prediction(long modelId, String eventId, String probability) {
        return "{\"model_id\":" + modelId + ",\"event_id\":\"" + eventId + "\",\"probability\":" + probability + "}";
    }

    @Test
    void explainsNanAsNotANumber() {
        ApiResponse nan = createWithConfig("{\"a\":NaN}");
        ApiResponse infinity = createWithConfig("{\"a\":-Infinity}");

        assertThat(nan.status()).isEqualTo(400);
        assertThat(nan.problemCode()).isEqualTo("malformed-json");
        assertThat(nan.json()).containsEntry("detail",
                "NaN and Infinity are not numbers in JSON; send a decimal such as 0.5");
        assertThat(infinity.json()).containsEntry("detail",
                "NaN and Infinity are not numbers in JSON; send a decimal such as 0.5");
    }

    @Test
    void namesTheReaderLimits() {
        ApiResponse deep = createWithConfig("{\"a\":" + "[".repeat(600) + "]".repeat(600) + "}");
        ApiResponse longNumber = createWithConfig("{\"a\":" + "9".repeat(1200) + "}");

        assertThat(deep.status()).isEqualTo(400);
        assertThat(deep.json()).containsEntry("detail", "The JSON is nested deeper than 500 levels");
        assertThat(longNumber.status()).isEqualTo(400);
        assertThat(longNumber.json()).containsEntry("detail", "A number in the JSON is longer than 1000 characters");
    }

    @Test
    void explainsASecondJsonValue() {
        ApiResponse response = api.post("/api/v1/models", create(uniqueName("w"), "v1.0") + " {\"a\":1}", token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemCode()).isEqualTo("malformed-json");
        assertThat(response.json()).containsEntry("detail",
                "The body has more than one JSON value; send a single object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"a\":NaN}", "{\"a\":+1}", "{\"a\":01}", "{\"a\":1,\"a\":2}", "{\"a\":1]",
            "{\"a\":\"\\q\"}", "{\"a\":1 /* c */}", "{'a':1}", "{\"a\":tru}", "{\"a\":1.x}",
            "{\"a\":0.5e99999999999}", "{\"a\":\"x\ty\"}", "{\"a\":1,}", "{\"a\":}"})
    void describesBrokenJsonPlainly(String config) {
        ApiResponse response = createWithConfig(config);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.problemCode()).isEqualTo("malformed-json");
        assertThat(response.json().get("detail").toString())
                .doesNotContain("`", "Feature", "REDACTED", "Source", "(code", "CTRL-CHAR", "Jackson", "java",
                        "deserialized")
                .isNotEqualTo("The body is not valid JSON");
    }

    @Test
    void saysRequestHeadersAreTooLarge() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/models/1"))
                .header("Authorization", "Bearer " + token)
                .header("X-Padding", "a".repeat(20_000))
                .GET()
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        ApiResponse answer = new ApiResponse(response.statusCode(), response.headers(), response.body());
        assertThat(answer.status()).isEqualTo(431);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problemCode()).isEqualTo("headers-too-large");
        assertThat(answer.json()).containsEntry("detail", "The request headers are too large: the request line and"
                + " headers may have at most 8192 bytes in all; send a shorter URL, a shorter token or fewer headers");
    }

    @Test
    void listsOnlyValidResolutions() {
        String eventId = event();

        ApiResponse response = api.post("/api/v1/events/" + eventId + "/resolution", "{\"resolution\":\"YES\"}",
                token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).containsEntry("field", "resolution").containsEntry("value", "YES")
                .containsEntry("reason", "use one of yes, no, void, in lowercase");
    }

    @Test
    void namesParametersInSnakeCase() {
        ApiResponse history = api.get("/api/v1/models/abc/status-history", token);
        ApiResponse compare = api.get("/api/v1/models/1/compare/x", token);
        ApiResponse prediction = api.get("/api/v1/predictions/p1", token);

        assertThat(history.status()).isEqualTo(400);
        assertThat(history.json()).containsEntry("parameter", "model_id")
                .containsEntry("detail", "Parameter 'model_id' cannot be read as an integer");
        assertThat(compare.json()).containsEntry("parameter", "other_model_id");
        assertThat(prediction.json()).containsEntry("parameter", "prediction_id");
    }

    @Test
    void indexesUnknownEventInBatch() {
        long modelId = model();
        String eventId = event();

        ApiResponse response = api.post("/api/v1/predictions/batch", "{\"predictions\":["
                + prediction(modelId, eventId, "0.5") + "," + prediction(modelId, "no-such-event", "0.5") + "]}",
                token);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.problemCode()).isEqualTo("event-not-found");
        assertThat(response.json()).containsEntry("index", 1).containsEntry("event_id", "no-such-event");
        assertThat(response.json().get("detail").toString()).startsWith("predictions[1]: ");
    }

    @Test
    void indexesDuplicateInBatch() {
        long modelId = model();
        String first = event();
        String second = event();

        ApiResponse response = api.post("/api/v1/predictions/batch", "{\"predictions\":["
                + prediction(modelId, first, "0.5") + "," + prediction(modelId, second, "0.5") + ","
                + prediction(modelId, first, "0.6") + "]}", token);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemCode()).isEqualTo("duplicate-prediction");
        assertThat(response.json()).containsEntry("index", 2);
    }

    @Test
    void indexesInvalidValueInBatch() {
        long modelId = model();
        String eventId = event();

        ApiResponse response = api.post("/api/v1/predictions/batch", "{\"predictions\":["
                + prediction(modelId, eventId, "0.5") + "," + prediction(modelId, event(), "0.5") + ","
                + prediction(modelId, event(), "1.5") + "]}", token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).containsEntry("index", 2).containsEntry("field", "predictions[2].probability")
                .containsEntry("value", "1.5");
    }
}
