package io.precog.models.domain.config;

import static io.precog.models.domain.config.Trees.array;
import static io.precog.models.domain.config.Trees.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.precog.models.domain.error.InvalidConfigException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelConfigWithChangesTest {

    private final ModelConfig elo = ModelConfig.of(object(
            "k_factor", new BigDecimal("32.0"),
            "home", object("advantage", 65, "enabled", true),
            "models", array("elo_nfl", "logistic")));

    @Test
    void replacesValueInPlace() {
        ModelConfig changed = elo.withChanges(object("k_factor", new BigDecimal("20.00")));

        assertThat(changed.toJson()).isEqualTo("{\"k_factor\":20.00,\"home\":{\"advantage\":65,\"enabled\":true},"
                + "\"models\":[\"elo_nfl\",\"logistic\"]}");
    }

    @Test
    void appendsNewKey() {
        ModelConfig changed = elo.withChanges(object("seed", 7));

        assertThat(changed.toJson()).isEqualTo("{\"k_factor\":32.0,\"home\":{\"advantage\":65,\"enabled\":true},"
                + "\"models\":[\"elo_nfl\",\"logistic\"],\"seed\":7}");
    }

    @Test
    void removesKeyWithNullValue() {
        ModelConfig changed = elo.withChanges(object("models", null));

        assertThat(changed.toJson()).isEqualTo("{\"k_factor\":32.0,\"home\":{\"advantage\":65,\"enabled\":true}}");
    }

    @Test
    void mergesNestedMaps() {
        ModelConfig changed = elo.withChanges(object("home", object("enabled", null, "decay", new BigDecimal("0.5"))));

        assertThat(changed.toJson()).isEqualTo("{\"k_factor\":32.0,\"home\":{\"advantage\":65,\"decay\":0.5},"
                + "\"models\":[\"elo_nfl\",\"logistic\"]}");
    }

    @Test
    void replacesListsWhole() {
        ModelConfig changed = elo.withChanges(object("models", array("ensemble")));

        assertThat(changed.values().get("models")).isEqualTo(array("ensemble"));
    }

    @Test
    void replacesScalarWithPatchMapDroppingItsNulls() {
        ModelConfig changed = elo.withChanges(object("k_factor", object("base", 20, "unused", null)));

        assertThat(changed.toJson()).startsWith("{\"k_factor\":{\"base\":20},");
    }

    @Test
    void replacesMapWithScalar() {
        ModelConfig changed = elo.withChanges(object("home", false));

        assertThat(changed.toJson()).isEqualTo("{\"k_factor\":32.0,\"home\":false,\"models\":[\"elo_nfl\",\"logistic\"]}");
    }

    @Test
    void ignoresRemovalOfAbsentKey() {
        ModelConfig changed = elo.withChanges(object("absent", null));

        assertThat(changed).isEqualTo(elo);
    }

    @Test
    void leavesOriginalUnchanged() {
        String before = elo.toJson();

        elo.withChanges(object("k_factor", 20, "home", object("advantage", null)));

        assertThat(elo.toJson()).isEqualTo(before);
    }

    @Test
    void rejectsEmptyPatch() {
        assertThatThrownBy(() -> elo.withChanges(Map.of()))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("Invalid config: patch is empty, so give at least one key to set or replace,"
                        + " or a key with a null value to remove it");
    }

    @Test
    void rejectsMissingPatch() {
        assertThatThrownBy(() -> elo.withChanges(null))
                .hasMessage("Invalid config: patch is missing, so give a map with at least one key");
    }

    @Test
    void rejectsPatchThatRemovesEveryKey() {
        assertThatThrownBy(() -> elo.withChanges(object("k_factor", null, "home", null, "models", null)))
                .hasMessage("Invalid config: config is empty, so give it at least one key");
    }

    @Test
    void rejectsDoubleInPatchNamingItsPath() {
        assertThatThrownBy(() -> elo.withChanges(object("home", object("advantage", 55.5d))))
                .hasMessageStartingWith("Invalid config at 'home.advantage': double 55.5 is not allowed");
    }

    @Test
    void rejectsNullInsideListOfPatch() {
        assertThatThrownBy(() -> elo.withChanges(object("models", array("elo_nfl", null))))
                .hasMessageStartingWith("Invalid config at 'models[1]': list element is null");
    }

    @Test
    void rejectsPatchThatExceedsDepth() {
        Map<String, Object> patch = object("leaf", 1);
        for (int level = 1; level < 17; level++) {
            patch = object("a", patch);
        }
        Map<String, Object> deepPatch = patch;

        assertThatThrownBy(() -> elo.withChanges(deepPatch))
                .hasMessageStartingWith("Invalid config at '" + "a.".repeat(15) + "a': nesting depth is 17");
    }

    @Test
    void rejectsPatchMapThatContainsItself() {
        Map<String, Object> cyclic = object();
        cyclic.put("home", cyclic);

        assertThatThrownBy(() -> elo.withChanges(cyclic))
                .hasMessageContaining("nesting depth is 17");
    }
}
