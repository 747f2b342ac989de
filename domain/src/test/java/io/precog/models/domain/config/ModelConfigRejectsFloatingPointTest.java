package io.precog.models.domain.config;

import static io.precog.models.domain.config.Trees.array;
import static io.precog.models.domain.config.Trees.object;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.precog.models.domain.error.InvalidConfigException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelConfigRejectsFloatingPointTest {

    private static final String DOUBLE_0_4 = "double 0.4 is not allowed because binary floating point cannot hold"
            + " most decimals exactly, so write the number as a decimal, new BigDecimal(\"0.4\"), or write it"
            + " in YAML or JSON input, where numbers are read as exact decimals";

    @Test
    void rejectsDoubleAtTopLevel() {
        assertThatThrownBy(() -> ModelConfig.of(object("k_factor", new BigDecimal("32.0"), "weight", 0.4d)))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("Invalid config at 'weight': " + DOUBLE_0_4)
                .extracting(e -> ((InvalidConfigException) e).details())
                .isEqualTo(Map.of("key_path", "weight", "reason", DOUBLE_0_4));
    }

    @Test
    void rejectsFloatAtTopLevel() {
        assertThatThrownBy(() -> ModelConfig.of(object("weight", 0.25f)))
                .hasMessage("Invalid config at 'weight': float 0.25 is not allowed because binary floating point"
                        + " cannot hold most decimals exactly, so write the number as a decimal,"
                        + " new BigDecimal(\"0.25\"), or write it in YAML or JSON input, where numbers are read"
                        + " as exact decimals");
    }

    @Test
    void rejectsDoubleInNestedMap() {
        Map<String, Object> config = object("elo", object("k", object("home_advantage", 65.5d)));

        assertThatThrownBy(() -> ModelConfig.of(config))
                .hasMessageStartingWith("Invalid config at 'elo.k.home_advantage': double 65.5 is not allowed")
                .hasMessageContaining("new BigDecimal(\"65.5\")");
    }

    @Test
    void rejectsDoubleInMapInsideListInsideMap() {
        Map<String, Object> config = object("models", array(
                object("model_name", "elo_nfl", "weight", new BigDecimal("0.60")),
                object("model_name", "logistic", "weight", 0.4d)));

        assertThatThrownBy(() -> ModelConfig.of(config))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("Invalid config at 'models[1].weight': " + DOUBLE_0_4)
                .extracting(e -> ((InvalidConfigException) e).details().get("key_path"))
                .isEqualTo("models[1].weight");
    }

    @Test
    void rejectsFloatDirectlyInNestedList() {
        Map<String, Object> config = object("grid", array(array(1, 2), array(3, 4.5f)));

        assertThatThrownBy(() -> ModelConfig.of(config))
                .hasMessageStartingWith("Invalid config at 'grid[1][1]': float 4.5 is not allowed");
    }

    @Test
    void rejectsDoubleUnderQuotedKey() {
        Map<String, Object> config = object("odd key", object("x", 1.5d));

        assertThatThrownBy(() -> ModelConfig.of(config))
                .hasMessageStartingWith("Invalid config at '[\"odd key\"].x': double 1.5 is not allowed");
    }

    @Test
    void rejectsWholeNumberDouble() {
        assertThatThrownBy(() -> ModelConfig.of(object("k_factor", 32.0d)))
                .hasMessageStartingWith("Invalid config at 'k_factor': double 32.0 is not allowed")
                .hasMessageContaining("new BigDecimal(\"32.0\")");
    }

    @Test
    void rejectsNaNDouble() {
        assertThatThrownBy(() -> ModelConfig.of(object("limits", object("max", Double.NaN))))
                .hasMessage("Invalid config at 'limits.max': double NaN is not allowed because a config holds only"
                        + " exact numbers and NaN has no decimal value, so omit the key or store the meaning as"
                        + " the string \"NaN\"");
    }

    @Test
    void rejectsPositiveInfinityDouble() {
        assertThatThrownBy(() -> ModelConfig.of(object("cap", Double.POSITIVE_INFINITY)))
                .hasMessage("Invalid config at 'cap': double Infinity is not allowed because a config holds only"
                        + " exact numbers and Infinity has no decimal value, so omit the key or store the meaning"
                        + " as the string \"Infinity\"");
    }

    @Test
    void rejectsNegativeInfinityFloatInList() {
        assertThatThrownBy(() -> ModelConfig.of(object("bounds", array(1, Float.NEGATIVE_INFINITY))))
                .hasMessageStartingWith("Invalid config at 'bounds[1]': float -Infinity is not allowed");
    }

    @Test
    void rejectsNegativeZeroDouble() {
        assertThatThrownBy(() -> ModelConfig.of(object("offset", -0.0d)))
                .hasMessageStartingWith("Invalid config at 'offset': double -0.0 is not allowed");
    }
}
