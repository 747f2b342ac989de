package io.precog.models.domain.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.precog.models.domain.error.InvalidConfigException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ModelConfigPropertiesTest {

    @Provide
    Arbitrary<Map<String, Object>> configTrees() {
        return ConfigArbitraries.configTrees();
    }

    @Provide
    Arbitrary<Number> floatingPoints() {
        return ConfigArbitraries.floatingPoints();
    }

    @Provide
    Arbitrary<String> keys() {
        return ConfigArbitraries.keys();
    }

    @Property
    void rejectsFloatingPointAnywhereNamingItsPath(
            @ForAll("configTrees") Map<String, Object> generated,
            @ForAll("floatingPoints") Number floatingPoint,
            @ForAll("keys") String key,
            @ForAll @IntRange(max = 1000) int containerChoice,
            @ForAll @IntRange(max = 1000) int indexChoice) {
        Map<String, Object> tree = TreeWalks.deepCopy(generated);
        List<TreeWalks.Container> containers = TreeWalks.containers(tree);
        TreeWalks.Container target = containers.get(containerChoice % containers.size());
        String expectedPath;
        if (target.container() instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) map;
            object.put(key, floatingPoint);
            expectedPath = TreeWalks.keyPath(target.path(), key);
        } else {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) target.container();
            int index = indexChoice % (list.size() + 1);
            list.add(index, floatingPoint);
            expectedPath = target.path() + "[" + index + "]";
        }
        String type = floatingPoint instanceof Float ? "float " : "double ";

        assertThatThrownBy(() -> ModelConfig.of(tree))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("Invalid config at '" + expectedPath + "': " + type + floatingPoint + " is not allowed")
                .extracting(e -> ((InvalidConfigException) e).details().get("key_path"))
                .isEqualTo(expectedPath);
    }

    @Property
    void acceptsEveryTreeOfAllowedTypes(@ForAll("configTrees") Map<String, Object> tree) {
        ModelConfig config = ModelConfig.of(tree);

        assertThat(TreeWalks.widenIntegers(config.values())).isEqualTo(TreeWalks.widenIntegers(tree));
    }

    @Property
    void readsBackFromItsJsonAsEqualConfig(@ForAll("configTrees") Map<String, Object> tree) {
        ModelConfig config = ModelConfig.of(tree);

        ModelConfig readBack = ModelConfig.of(MinimalJsonParser.parseObject(config.toJson()));

        assertThat(readBack).isEqualTo(config);
        assertThat(readBack.toJson()).isEqualTo(config.toJson());
    }

    @Property
    void canonicalFormIgnoresKeyOrderAndTrailingZeros(
            @ForAll("configTrees") Map<String, Object> tree, @ForAll long seed) {
        @SuppressWarnings("unchecked")
        Map<String, Object> variant = (Map<String, Object>) TreeWalks.reorderedWithTrailingZeros(tree, new Random(seed));
        ModelConfig config = ModelConfig.of(tree);
        ModelConfig rewritten = ModelConfig.of(variant);

        assertThat(rewritten.canonicalJson()).isEqualTo(config.canonicalJson());
        assertThat(rewritten.fingerprint()).isEqualTo(config.fingerprint());
        assertThat(rewritten.sameContentAs(config)).isTrue();
    }

    @Property
    void canonicalFormIsStableUnderItsOwnRoundTrip(@ForAll("configTrees") Map<String, Object> tree) {
        ModelConfig config = ModelConfig.of(tree);

        ModelConfig fromCanonical = ModelConfig.of(MinimalJsonParser.parseObject(config.canonicalJson()));

        assertThat(fromCanonical.canonicalJson()).isEqualTo(config.canonicalJson());
        assertThat(fromCanonical.sameContentAs(config)).isTrue();
    }

    @Property
    void toJsonIsDeterministic(@ForAll("configTrees") Map<String, Object> tree) {
        ModelConfig config = ModelConfig.of(tree);
        ModelConfig again = ModelConfig.of(TreeWalks.deepCopy(tree));

        assertThat(again.toJson()).isEqualTo(config.toJson());
        assertThat(ModelConfig.of(config.values()).toJson()).isEqualTo(config.toJson());
        assertThat(again.fingerprint()).isEqualTo(config.fingerprint());
        assertThat(again).isEqualTo(config).hasSameHashCodeAs(config);
    }
}
