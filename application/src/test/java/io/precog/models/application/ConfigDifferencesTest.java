package io.precog.models.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.domain.config.ModelConfig;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDifferencesTest {

    @Test
    void namesChangedAddedAndRemovedPaths() {
        ModelConfig a = ModelConfig.of(Map.of("k_factor", new BigDecimal("32.0"), "models",
                List.of(Map.of("weight", new BigDecimal("0.40"))), "home-advantage", 65));
        ModelConfig b = ModelConfig.of(Map.of("k_factor", new BigDecimal("32.00"), "models",
                List.of(Map.of("weight", new BigDecimal("0.45"))), "decay", true));

        assertThat(ConfigDifferences.between(a, b)).containsExactly(
                new ConfigDifference("decay", null, true),
                new ConfigDifference("[\"home-advantage\"]", 65, null),
                new ConfigDifference("models[0].weight", new BigDecimal("0.40"), new BigDecimal("0.45")));
    }
}
