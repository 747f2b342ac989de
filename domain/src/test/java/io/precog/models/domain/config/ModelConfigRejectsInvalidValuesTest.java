package io.precog.models.domain.config;

import static io.precog.models.domain.config.Trees.array;
import static io.precog.models.domain.config.Trees.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.precog.models.domain.error.InvalidConfigException;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ModelConfigRejectsInvalidValuesTest {

    private static final String ALLOWED = "A config holds String, Boolean, Integer, Long, BigInteger, BigDecimal,"
            + " List and Map with String keys, so ";

    @Test
    void rejectsMissingConfig() {
        assertThatThrownBy(() -> ModelConfig.of(null))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("Invalid config: config is missing, so give a map with at least one key");
    }

    @Test
    void rejectsEmptyConfig() {
        assertThatThrownBy(() -> ModelConfig.of(Map.of()))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("Invalid config: config is empty, so give it at least one key")
                .extracting(e -> ((InvalidConfigException) e).details().get("key_path"))
                .isEqualTo("");
    }

    @Test
    void acceptsEmptyNestedMapAndList() {
        ModelConfig config = ModelConfig.of(object("features", object(), "weights", array()));

        assertThat(config.toJson()).isEqualTo("{\"features\":{},\"weights\":[]}");
    }

    @Test
    void rejectsNullValueAtTopLevel() {
        assertThatThrownBy(() -> ModelConfig.of(object("k_factor", 32, "seed", null)))
                .hasMessage("Invalid config at 'seed': value is null, which a config cannot hold,"
                        + " so omit the key to leave it unset");
    }

    @Test
    void rejectsNullValueInNestedMap() {
        assertThatThrownBy(() -> ModelConfig.of(object("models", array(object("weight", null)))))
                .hasMessageStartingWith("Invalid config at 'models[0].weight': value is null");
    }

    @Test
    void rejectsNullListElement() {
        assertThatThrownBy(() -> ModelConfig.of(object("thresholds", array(1, 2, null))))
                .hasMessage("Invalid config at 'thresholds[2]': list element is null, which a config cannot hold,"
                        + " so remove the element");
    }

    @Test
    void rejectsNullKey() {
        Map<String, Object> nested = new HashMap<>();
        nested.put(null, 1);

        assertThatThrownBy(() -> ModelConfig.of(object("params", nested)))
                .hasMessage("Invalid config at 'params': a key is null, so give every key a name of 1 to 200"
                        + " characters");
    }

    @Test
    void rejectsNonStringKeyNamingItsType() {
        Map<Object, Object> nested = new LinkedHashMap<>();
        nested.put(7, "seven");

        assertThatThrownBy(() -> ModelConfig.of(object("by_week", nested)))
                .hasMessage("Invalid config at 'by_week': key \"7\" is a java.lang.Integer, but keys must be"
                        + " strings, so write it as the String \"7\"");
    }

    @Test
    void rejectsDateNamingItsType() {
        assertThatThrownBy(() -> ModelConfig.of(object("trained", object("at", new Date(0)))))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("Invalid config at 'trained.at': a value of type java.util.Date is not allowed. "
                        + ALLOWED + "write it as an ISO-8601 string");
    }

    @Test
    void rejectsLocalDateNamingItsType() {
        assertThatThrownBy(() -> ModelConfig.of(object("season_start", LocalDate.of(2024, 9, 5))))
                .hasMessage("Invalid config at 'season_start': a value of type java.time.LocalDate is not allowed. "
                        + ALLOWED + "write it as an ISO-8601 string");
    }

    @Test
    void rejectsArrayNamingItsType() {
        assertThatThrownBy(() -> ModelConfig.of(object("weights", new double[] {0.5, 0.5})))
                .hasMessage("Invalid config at 'weights': a value of type double[] is not allowed. "
                        + ALLOWED + "put the elements in a java.util.List");
    }

    @Test
    void rejectsSetNamingItsType() {
        assertThatThrownBy(() -> ModelConfig.of(object("tags", new HashSet<>(Set.of("nfl")))))
                .hasMessage("Invalid config at 'tags': a value of type java.util.HashSet is not allowed. "
                        + ALLOWED + "put the elements in a java.util.List");
    }

    @Test
    void rejectsCharacterNamingItsType() {
        assertThatThrownBy(() -> ModelConfig.of(object("separator", ';')))
                .hasMessage("Invalid config at 'separator': a value of type java.lang.Character is not allowed. "
                        + ALLOWED + "write it as a String");
    }

    @Test
    void rejectsOtherNumberTypeNamingItsType() {
        assertThatThrownBy(() -> ModelConfig.of(object("count", new AtomicLong(3))))
                .hasMessage("Invalid config at 'count': a value of type java.util.concurrent.atomic.AtomicLong is not"
                        + " allowed. " + ALLOWED + "write it as a BigDecimal, or as an Integer, Long or BigInteger"
                        + " if it is an integer");
    }

    @Test
    void rejectsEnumSuggestingItsName() {
        assertThatThrownBy(() -> ModelConfig.of(object("unit", TimeUnit.SECONDS)))
                .hasMessage("Invalid config at 'unit': a value of type java.util.concurrent.TimeUnit is not allowed. "
                        + ALLOWED + "write it as the string \"SECONDS\"");
    }

    @Test
    void rejectsArbitraryObjectNamingItsType() {
        assertThatThrownBy(() -> ModelConfig.of(object("model", new Object())))
                .hasMessage("Invalid config at 'model': a value of type java.lang.Object is not allowed. "
                        + ALLOWED + "convert it to one of these types");
    }

    @Test
    void rejectsNulCharacterInString() {
        assertThatThrownBy(() -> ModelConfig.of(object("label", "ab\u0000c")))
                .hasMessage("Invalid config at 'label': string contains the NUL character U+0000 at index 2,"
                        + " which JSON storage cannot hold, so remove it");
    }

    @Test
    void rejectsUnpairedSurrogateInString() {
        assertThatThrownBy(() -> ModelConfig.of(object("label", "x\uD83D")))
                .hasMessage("Invalid config at 'label': string contains the unpaired surrogate U+D83D at index 1,"
                        + " which is not valid Unicode, so fix the encoding of the text");
    }

    @Test
    void escapesUnpairedSurrogateInKeyPath() {
        assertThatThrownBy(() -> ModelConfig.of(object("\uDE00x", 1)))
                .hasMessage("Invalid config at '[\"\\ude00x\"]': key contains the unpaired surrogate U+DE00 at"
                        + " index 0, which is not valid Unicode, so fix the encoding of the text");
    }
}
