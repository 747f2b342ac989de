package io.precog.models.domain.config;

import static io.precog.models.domain.config.Trees.array;
import static io.precog.models.domain.config.Trees.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelConfigImmutabilityTest {

    private static final String JSON = "{\"k_factor\":32.0,\"models\":[{\"weight\":0.40}]}";

    private final Map<String, Object> weights = object("weight", new BigDecimal("0.40"));
    private final List<Object> models = array(weights);
    private final Map<String, Object> input = object("k_factor", new BigDecimal("32.0"), "models", models);
    private final ModelConfig config = ModelConfig.of(input);

    @Test
    void ignoresLaterChangesToInputMap() {
        input.put("k_factor", new BigDecimal("20"));
        input.put("extra", 1);

        assertThat(config.toJson()).isEqualTo(JSON);
        assertThat(config.values()).containsOnlyKeys("k_factor", "models");
    }

    @Test
    void ignoresLaterChangesToNestedInput() {
        weights.put("weight", new BigDecimal("0.9"));
        models.add(object("weight", 1));

        assertThat(config.toJson()).isEqualTo(JSON);
        assertThat(config.canonicalJson()).isEqualTo("{\"k_factor\":32,\"models\":[{\"weight\":0.4}]}");
    }

    @Test
    void rejectsChangesThroughValues() {
        Map<String, Object> values = config.values();

        assertThatThrownBy(() -> values.put("extra", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> values.remove("k_factor")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(values::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(config.toJson()).isEqualTo(JSON);
    }

    @Test
    void rejectsChangesThroughNestedListAndMap() {
        @SuppressWarnings("unchecked")
        List<Object> storedModels = (List<Object>) config.values().get("models");
        @SuppressWarnings("unchecked")
        Map<String, Object> storedWeights = (Map<String, Object>) storedModels.get(0);

        assertThatThrownBy(() -> storedModels.add(1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> storedModels.set(0, 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> storedWeights.put("weight", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> storedWeights.entrySet().iterator().next().setValue(1))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(config.toJson()).isEqualTo(JSON);
    }

    @Test
    void keepsInputKeyOrder() {
        ModelConfig ordered = ModelConfig.of(object("z", 1, "m", 2, "a", 3));

        assertThat(ordered.values().keySet()).containsExactly("z", "m", "a");
    }

    @Test
    void copiesBigDecimalSubclassIntoPlainBigDecimal() {
        BigDecimal subclass = new BigDecimal("1.50") {
            private static final long serialVersionUID = 1L;
        };

        Object stored = ModelConfig.of(object("x", subclass)).values().get("x");

        assertThat(stored.getClass()).isEqualTo(BigDecimal.class);
        assertThat(stored).isEqualTo(new BigDecimal("1.50"));
    }
}
