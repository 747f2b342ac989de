package io.precog.models.domain.config;

import static io.precog.models.domain.config.Trees.array;
import static io.precog.models.domain.config.Trees.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ModelConfigJsonTest {

    @Test
    void keepsDecimalScaleAndKeyOrder() {
        ModelConfig config = ModelConfig.of(object(
                "k_factor", new BigDecimal("32.0"),
                "mean_reversion", new BigDecimal("0.33"),
                "max_iterations", 1000,
                "models", array(object("model_name", "elo_nfl", "weight", new BigDecimal("0.40")))));

        assertThat(config.toJson()).isEqualTo("{\"k_factor\":32.0,\"mean_reversion\":0.33,\"max_iterations\":1000,"
                + "\"models\":[{\"model_name\":\"elo_nfl\",\"weight\":0.40}]}");
    }

    @Test
    void toStringIsToJson() {
        ModelConfig config = ModelConfig.of(object("b", true, "a", false));

        assertThat(config.toString()).isEqualTo("{\"b\":true,\"a\":false}");
    }

    @Test
    void writesDecimalsInBigDecimalToStringForm() {
        ModelConfig config = ModelConfig.of(object(
                "thousand", new BigDecimal("1E+3"),
                "small", new BigDecimal("0.0000001"),
                "negative", new BigDecimal("-2.50"),
                "zero", new BigDecimal("0.000")));

        assertThat(config.toJson()).isEqualTo("{\"thousand\":1000,\"small\":1E-7,\"negative\":-2.50,\"zero\":0.000}");
    }

    @Test
    void storesDecimalsWithoutFractionAsIntegers() {
        ModelConfig config = ModelConfig.of(object(
                "thousand", new BigDecimal("1E+3"),
                "fifteen_hundred", new BigDecimal("1.50E+3"),
                "five", new BigDecimal("5")));

        assertThat(config.values().get("thousand")).isEqualTo(1000);
        assertThat(config.values().get("fifteen_hundred")).isEqualTo(1500);
        assertThat(config.values().get("five")).isEqualTo(5);
    }

    @Test
    void writesIntegersOfEveryAcceptedType() {
        ModelConfig config = ModelConfig.of(object(
                "byte", (byte) -8,
                "short", (short) 300,
                "int", Integer.MIN_VALUE,
                "long", Long.MAX_VALUE,
                "big", new BigInteger("123456789012345678901234567890")));

        assertThat(config.toJson()).isEqualTo("{\"byte\":-8,\"short\":300,\"int\":-2147483648,"
                + "\"long\":9223372036854775807,\"big\":123456789012345678901234567890}");
    }

    @Test
    void escapesQuotesAndBackslashes() {
        ModelConfig config = ModelConfig.of(object("say \"hi\"", "C:\\models\\elo", "path", "a/b"));

        assertThat(config.toJson()).isEqualTo("{\"say \\\"hi\\\"\":\"C:\\\\models\\\\elo\",\"path\":\"a/b\"}");
    }

    @Test
    void escapesControlCharacters() {
        ModelConfig config = ModelConfig.of(object("text", "tab\there\nline\rcr\bbs\fff\u0001\u001f\u007f"));

        assertThat(config.toJson())
                .isEqualTo("{\"text\":\"tab\\there\\nline\\rcr\\bbs\\fff\\u0001\\u001f\u007f\"}");
    }

    @Test
    void writesNonAsciiCharactersAsThemselves() {
        ModelConfig config = ModelConfig.of(object("city", "Zürich", "emoji", "\uD83D\uDE00", "sep", "\u2028"));

        assertThat(config.toJson()).isEqualTo("{\"city\":\"Zürich\",\"emoji\":\"\uD83D\uDE00\",\"sep\":\"\u2028\"}");
    }

    @Test
    void writesSameJsonOnEveryCall() {
        ModelConfig config = ModelConfig.of(object("z", 1, "a", array("x", true)));

        assertThat(config.toJson()).isEqualTo("{\"z\":1,\"a\":[\"x\",true]}");
        assertThat(config.toJson()).isEqualTo("{\"z\":1,\"a\":[\"x\",true]}");
    }
}
