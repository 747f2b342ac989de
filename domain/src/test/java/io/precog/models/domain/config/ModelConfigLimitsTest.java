package io.precog.models.domain.config;

import static io.precog.models.domain.config.Trees.array;
import static io.precog.models.domain.config.Trees.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.precog.models.domain.error.InvalidConfigException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelConfigLimitsTest {

    private static final String DEPTH_REASON = ", more than the limit of 16 (the top-level object is depth 1),"
            + " so flatten the structure, for example by joining nested keys into one";

    @Test
    void exposesLimits() {
        assertThat(ModelConfig.MAX_DEPTH).isEqualTo(16);
        assertThat(ModelConfig.MAX_SERIALIZED_BYTES).isEqualTo(65536);
        assertThat(ModelConfig.MAX_KEY_LENGTH).isEqualTo(200);
    }

    @Test
    void acceptsDepthSixteen() {
        ModelConfig config = ModelConfig.of(nestedMaps(16));

        assertThat(config.toJson()).isEqualTo("{\"a\":".repeat(15) + "{\"leaf\":1}" + "}".repeat(15));
    }

    @Test
    void rejectsDepthSeventeen() {
        String pathOfSeventeenthMap = String.join(".", Collections.nCopies(16, "a"));

        assertThatThrownBy(() -> ModelConfig.of(nestedMaps(17)))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("Invalid config at '" + pathOfSeventeenthMap + "': nesting depth is 17" + DEPTH_REASON);
    }

    @Test
    void countsListsTowardsDepth() {
        Object deepest = array(1);
        for (int i = 0; i < 15; i++) {
            deepest = array(deepest);
        }
        Map<String, Object> seventeenLevels = object("m", deepest);

        assertThatThrownBy(() -> ModelConfig.of(seventeenLevels))
                .hasMessage("Invalid config at 'm" + "[0]".repeat(15) + "': nesting depth is 17" + DEPTH_REASON);
    }

    @Test
    void acceptsListsUpToDepthSixteen() {
        Object deepest = array(1);
        for (int i = 0; i < 14; i++) {
            deepest = array(deepest);
        }

        assertThat(ModelConfig.of(object("m", deepest)).toJson())
                .isEqualTo("{\"m\":" + "[".repeat(15) + "1" + "]".repeat(15) + "}");
    }

    @Test
    void rejectsMapThatContainsItself() {
        Map<String, Object> cyclic = object();
        cyclic.put("self", cyclic);

        assertThatThrownBy(() -> ModelConfig.of(cyclic))
                .hasMessageContaining("nesting depth is 17");
    }

    @Test
    void acceptsKeyOfTwoHundredCharacters() {
        String key = "k".repeat(200);

        assertThat(ModelConfig.of(object(key, 1)).values()).containsOnlyKeys(key);
    }

    @Test
    void countsKeyLengthInCodePoints() {
        String twoHundredEmoji = "\uD83D\uDE00".repeat(200);

        assertThat(ModelConfig.of(object(twoHundredEmoji, 1)).values()).containsOnlyKeys(twoHundredEmoji);
    }

    @Test
    void rejectsKeyOfTwoHundredOneCharacters() {
        String key = "k".repeat(201);

        assertThatThrownBy(() -> ModelConfig.of(object("params", object(key, 1))))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("Invalid config at 'params': key \"" + "k".repeat(40) + "…\" is 201 characters long,"
                        + " more than the limit of 200, so shorten it");
    }

    @Test
    void rejectsEmptyKey() {
        assertThatThrownBy(() -> ModelConfig.of(object("params", object("", 1))))
                .hasMessage("Invalid config at 'params[\"\"]': key is empty, so give it a name of 1 to 200 characters");
    }

    @Test
    void acceptsConfigOfExactlyTheSizeLimit() {
        // {"s":"…"} adds 8 bytes to the string.
        ModelConfig config = ModelConfig.of(object("s", "x".repeat(65528)));

        assertThat(config.toJson().getBytes(StandardCharsets.UTF_8)).hasSize(65536);
    }

    @Test
    void rejectsConfigOneByteOverTheSizeLimit() {
        assertThatThrownBy(() -> ModelConfig.of(object("s", "x".repeat(65529))))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("Invalid config: config is 65537 bytes as compact UTF-8 JSON, more than the limit of 65536,"
                        + " so keep large data such as tables or weights outside the config and refer to it by name");
    }

    @Test
    void measuresSizeInUtf8Bytes() {
        // 32768 two-byte characters are 65536 bytes, plus 8 for {"s":""}, under 65536 characters.
        assertThatThrownBy(() -> ModelConfig.of(object("s", "é".repeat(32768))))
                .hasMessageStartingWith("Invalid config: config is 65544 bytes as compact UTF-8 JSON");
    }

    @Test
    void rejectsSizeSpreadOverManyValues() {
        List<Object> rows = array();
        for (int i = 0; i < 7000; i++) {
            rows.add("row" + (10000 + i));
        }

        // Each element is "rowNNNNN" (10 bytes) and a comma; 7000 elements, minus one comma, plus {"rows":[]}.
        assertThatThrownBy(() -> ModelConfig.of(object("rows", rows)))
                .hasMessageStartingWith("Invalid config: config is " + (7000 * 11 - 1 + 11) + " bytes");
    }

    @Test
    void rejectsHugeStringBeforeSerializing() {
        assertThatThrownBy(() -> ModelConfig.of(object("blob", object("data", "x".repeat(70000)))))
                .hasMessage("Invalid config at 'blob.data': string is 70000 characters long, which alone exceeds the"
                        + " limit of 65536 bytes for the whole config as compact UTF-8 JSON, so keep large data"
                        + " outside the config and refer to it by name");
    }

    @Test
    void rejectsHugeIntegerBeforeSerializing() {
        BigInteger huge = BigInteger.ONE.shiftLeft(262144);

        assertThatThrownBy(() -> ModelConfig.of(object("n", huge)))
                .hasMessageStartingWith("Invalid config at 'n': integer has 262145 bits, so more than 65536 decimal digits");
    }

    @Test
    void acceptsDecimalScalesAtTheLimits() {
        ModelConfig config = ModelConfig.of(object("tiny", new BigDecimal("1E-1000"), "big", new BigDecimal("1E+1000")));

        assertThat(config.toJson()).isEqualTo("{\"tiny\":1E-1000,\"big\":1" + "0".repeat(1000) + "}");
        assertThat(config.canonicalJson()).isEqualTo(
                "{\"big\":1" + "0".repeat(1000) + ",\"tiny\":0." + "0".repeat(999) + "1}");
    }

    @Test
    void rejectsDecimalWithScaleAboveLimit() {
        assertThatThrownBy(() -> ModelConfig.of(object("epsilon", new BigDecimal("1E-1001"))))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("Invalid config at 'epsilon': decimal 1E-1001 has scale 1001, outside the allowed range"
                        + " -1000 to 1000, so write it with fewer digits after the point or a smaller exponent,"
                        + " or as a string");
    }

    @Test
    void rejectsDecimalWithAbsurdExponent() {
        assertThatThrownBy(() -> ModelConfig.of(object("cap", new BigDecimal("1E+999999999"))))
                .hasMessageStartingWith("Invalid config at 'cap': decimal 1E+999999999 has scale -999999999,"
                        + " outside the allowed range -1000 to 1000");
    }

    private static Map<String, Object> nestedMaps(int depth) {
        Map<String, Object> map = object("leaf", 1);
        for (int level = 1; level < depth; level++) {
            map = object("a", map);
        }
        return map;
    }
}
