package io.precog.models.adapters.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

class ExactJsonConfigurationTest {

    private final JsonMapper mapper = ExactJsonConfiguration.configure(JsonMapper.builder()).build();

    private Map<String, Object> config(String configJson) {
        CreateModelRequest request = mapper.readValue("{\"model_name\":\"m\",\"config\":" + configJson + "}",
                CreateModelRequest.class);
        return request.config();
    }

    @Test
    void readsDecimalsAsBigDecimalWithTheirScale() {
        Map<String, Object> config = config("{\"a\":0.1,\"b\":0.33,\"c\":32.0,\"d\":0.0000001,\"e\":1E-7}");

        assertThat(config.get("a")).isEqualTo(new BigDecimal("0.1"));
        assertThat(config.get("b")).isEqualTo(new BigDecimal("0.33"));
        assertThat(config.get("c")).isEqualTo(new BigDecimal("32.0"));
        assertThat(((BigDecimal) config.get("c")).scale()).isEqualTo(1);
        assertThat(config.get("d")).isEqualTo(new BigDecimal("0.0000001"));
        assertThat(config.get("e")).isEqualTo(new BigDecimal("1E-7"));
    }

    @Test
    void readsIntegersAsSmallestIntegerType() {
        Map<String, Object> config = config("{\"small\":1000,\"long\":12345678901,"
                + "\"huge\":123456789012345678901234567890}");

        assertThat(config.get("small")).isEqualTo(1000);
        assertThat(config.get("long")).isEqualTo(12345678901L);
        assertThat(config.get("huge")).isEqualTo(new BigInteger("123456789012345678901234567890"));
    }

    @Test
    void neverProducesADoubleOrFloatAtAnyDepth() {
        Map<String, Object> config = config("{\"a\":[0.1,[0.2,{\"b\":[3.5e-3,-0.0,1.0E+2]}]],"
                + "\"c\":{\"d\":{\"e\":0.30000000000000004}}}");

        List<Object> leaves = new ArrayList<>();
        collectLeaves(config, leaves);
        assertThat(leaves).hasSize(6).allSatisfy(leaf -> assertThat(leaf).isInstanceOf(BigDecimal.class));
        assertThat(leaves).containsExactly(new BigDecimal("0.1"), new BigDecimal("0.2"), new BigDecimal("3.5e-3"),
                new BigDecimal("-0.0"), new BigDecimal("1.0E+2"), new BigDecimal("0.30000000000000004"));
    }

    @Test
    void writesDecimalsInPlainNotationWithTheirScale() {
        String json = mapper.writeValueAsString(Map.of("v", List.of(new BigDecimal("1E-7"), new BigDecimal("32.0"),
                new BigDecimal("0.33"), 1000)));

        assertThat(json).isEqualTo("{\"v\":[0.0000001,32.0,0.33,1000]}");
    }

    @Test
    void writesPropertyNamesInSnakeCase() {
        String json = mapper.writeValueAsString(new MetricsRequest(new BigDecimal("0.92"), null, 7L));

        assertThat(json).isEqualTo(
                "{\"validation_calibration\":0.92,\"validation_accuracy\":null,\"validation_sample_size\":7}");
    }

    @Test
    void rejectsNonFiniteNumberTokens() {
        assertThatThrownBy(() -> config("{\"a\":NaN}")).isInstanceOf(StreamReadException.class);
        assertThatThrownBy(() -> config("{\"a\":Infinity}")).isInstanceOf(StreamReadException.class);
        assertThatThrownBy(() -> config("{\"a\":-Infinity}")).isInstanceOf(StreamReadException.class);
    }

    @Test
    void rejectsDuplicateKeysUnknownPropertiesAndCoercions() {
        assertThatThrownBy(() -> config("{\"a\":1,\"a\":2}")).isInstanceOf(StreamReadException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"created_by\":\"x\"}", CreateModelRequest.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"validation_sample_size\":1.5}", MetricsRequest.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"validation_accuracy\":\"0.5\"}", MetricsRequest.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"model_name\":42}", CreateModelRequest.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    private static void collectLeaves(Object value, List<Object> leaves) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(child -> collectLeaves(child, leaves));
        } else if (value instanceof List<?> list) {
            list.forEach(child -> collectLeaves(child, leaves));
        } else {
            leaves.add(value);
        }
    }
}
