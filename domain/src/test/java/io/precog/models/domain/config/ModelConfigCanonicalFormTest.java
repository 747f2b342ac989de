package io.precog.models.domain.config;

import static io.precog.models.domain.config.Trees.array;
import static io.precog.models.domain.config.Trees.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ModelConfigCanonicalFormTest {

    private static ModelConfig eloConfig(BigDecimal kFactor) {
        return ModelConfig.of(object(
                "models", array(object("weight", new BigDecimal("0.40"), "model_name", "elo_nfl")),
                "mean_reversion", new BigDecimal("0.33"),
                "max_iterations", 1000,
                "k_factor", kFactor));
    }

    @Test
    void sortsKeysAndNormalizesNumbers() {
        ModelConfig config = eloConfig(new BigDecimal("32.0"));

        assertThat(config.canonicalJson()).isEqualTo("{\"k_factor\":32,\"max_iterations\":1000,"
                + "\"mean_reversion\":0.33,\"models\":[{\"model_name\":\"elo_nfl\",\"weight\":0.4}]}");
    }

    @Test
    void fingerprintIsSha256OfCanonicalForm() {
        // printf '%s' '{"k_factor":32,"max_iterations":1000,"mean_reversion":0.33,"models":[{"model_name":"elo_nfl","weight":0.4}]}' | sha256sum
        assertThat(eloConfig(new BigDecimal("32.0")).fingerprint())
                .isEqualTo("b98d415a4060b30784ae51aa7b95549d20acd10e8417b7f38c59f0c6c5d00397");
    }

    @Test
    void fingerprintHashesUtf8Bytes() {
        ModelConfig config = ModelConfig.of(object("emoji", "\uD83D\uDE00", "city", "Zürich"));

        // printf '%s' '{"city":"Zürich","emoji":"😀"}' | sha256sum
        assertThat(config.canonicalJson()).isEqualTo("{\"city\":\"Zürich\",\"emoji\":\"\uD83D\uDE00\"}");
        assertThat(config.fingerprint()).isEqualTo("55f7eb1fe4293a9c490e930600d4b64181af4b35f2830ca40b67c0d0c6dffe74");
    }

    @Test
    void writesNumbersInPlainNotationWithoutTrailingZeros() {
        ModelConfig config = ModelConfig.of(object(
                "a", new BigDecimal("1E+3"),
                "b", new BigDecimal("1E-7"),
                "c", new BigDecimal("-2.50"),
                "d", new BigDecimal("0.000"),
                "e", new BigDecimal("100"),
                "f", new BigInteger("123456789012345678901234567890"),
                "g", Long.MIN_VALUE));

        assertThat(config.canonicalJson()).isEqualTo("{\"a\":1000,\"b\":0.0000001,\"c\":-2.5,\"d\":0,\"e\":100,"
                + "\"f\":123456789012345678901234567890,\"g\":-9223372036854775808}");
    }

    @Test
    void sortsKeysByCodePoint() {
        // U+FF61 sorts before U+1F600 by code point, although its UTF-16 unit 0xFF61 is above the high surrogate 0xD83D.
        ModelConfig config = ModelConfig.of(object("\uD83D\uDE00", 1, "\uFF61", 2, "Z", 3, "a", 4, "é", 5));

        assertThat(config.canonicalJson())
                .isEqualTo("{\"Z\":3,\"a\":4,\"é\":5,\"\uFF61\":2,\"\uD83D\uDE00\":1}");
    }

    @Test
    void sortsKeysThatArePrefixesFirst() {
        ModelConfig config = ModelConfig.of(object("ab", 1, "a", 2, "a_b", 3));

        assertThat(config.canonicalJson()).isEqualTo("{\"a\":2,\"a_b\":3,\"ab\":1}");
    }

    @Test
    void keepsListOrder() {
        ModelConfig config = ModelConfig.of(object("order", array(3, 1, 2)));

        assertThat(config.canonicalJson()).isEqualTo("{\"order\":[3,1,2]}");
    }

    @Test
    void scalesDifferInEqualityNotContent() {
        ModelConfig oneDigit = eloConfig(new BigDecimal("32.0"));
        ModelConfig twoDigits = eloConfig(new BigDecimal("32.00"));

        assertThat(oneDigit.sameContentAs(twoDigits)).isTrue();
        assertThat(oneDigit.fingerprint()).isEqualTo(twoDigits.fingerprint());
        assertThat(oneDigit).isNotEqualTo(twoDigits);
        assertThat(oneDigit.toJson()).isNotEqualTo(twoDigits.toJson());
    }

    @Test
    void integerAndWholeDecimalHaveSameContent() {
        ModelConfig integer = eloConfig(new BigDecimal("32"));
        ModelConfig decimal = eloConfig(new BigDecimal("32.0"));
        ModelConfig plainInteger = ModelConfig.of(object("models", array(object("weight", new BigDecimal("0.4"),
                "model_name", "elo_nfl")), "mean_reversion", new BigDecimal("0.330"), "max_iterations",
                new BigDecimal("1E+3"), "k_factor", 32));

        assertThat(decimal.sameContentAs(integer)).isTrue();
        assertThat(decimal.sameContentAs(plainInteger)).isTrue();
        assertThat(plainInteger.fingerprint()).isEqualTo("b98d415a4060b30784ae51aa7b95549d20acd10e8417b7f38c59f0c6c5d00397");
    }

    @Test
    void differentValuesHaveDifferentContent() {
        assertThat(eloConfig(new BigDecimal("32.0")).sameContentAs(eloConfig(new BigDecimal("32.01")))).isFalse();
        assertThat(ModelConfig.of(object("a", "1")).sameContentAs(ModelConfig.of(object("a", 1)))).isFalse();
    }

    @Test
    void equalsComparesExactValuesIgnoringKeyOrder() {
        ModelConfig original = ModelConfig.of(object("a", new BigDecimal("0.40"), "b", 1));
        ModelConfig reordered = ModelConfig.of(object("b", 1, "a", new BigDecimal("0.40")));

        assertThat(original).isEqualTo(reordered);
        assertThat(original.hashCode()).isEqualTo(reordered.hashCode());
        assertThat(original.toJson()).isEqualTo("{\"a\":0.40,\"b\":1}");
        assertThat(reordered.toJson()).isEqualTo("{\"b\":1,\"a\":0.40}");
    }

    @Test
    void storesIntegersAsSmallestFittingType() {
        ModelConfig config = ModelConfig.of(object(
                "byte", (byte) 1,
                "short", (short) 2,
                "small_long", 3L,
                "long", 3_000_000_000L,
                "small_big", BigInteger.valueOf(4),
                "long_big", BigInteger.valueOf(Long.MIN_VALUE),
                "big", BigInteger.ONE.shiftLeft(63)));

        assertThat(config.values().get("byte")).isEqualTo(1);
        assertThat(config.values().get("short")).isEqualTo(2);
        assertThat(config.values().get("small_long")).isEqualTo(3);
        assertThat(config.values().get("long")).isEqualTo(3_000_000_000L);
        assertThat(config.values().get("small_big")).isEqualTo(4);
        assertThat(config.values().get("long_big")).isEqualTo(Long.MIN_VALUE);
        assertThat(config.values().get("big")).isEqualTo(new BigInteger("9223372036854775808"));
        assertThat(config).isEqualTo(ModelConfig.of(object("byte", 1, "short", 2, "small_long", 3,
                "long", 3_000_000_000L, "small_big", 4, "long_big", Long.MIN_VALUE,
                "big", new BigInteger("9223372036854775808"))));
    }

    @Test
    void keepsDecimalsAsDecimals() {
        ModelConfig config = ModelConfig.of(object("k_factor", new BigDecimal("32.0"), "tiny", new BigDecimal("5E-3")));

        assertThat(config.values().get("k_factor")).isEqualTo(new BigDecimal("32.0"));
        assertThat(config.values().get("tiny")).isEqualTo(new BigDecimal("0.005"));
    }

    @Test
    void storesDecimalsOfScaleZeroAsIntegers() {
        ModelConfig config = ModelConfig.of(object(
                "small", new BigDecimal("32"),
                "long", new BigDecimal("3000000000"),
                "big", new BigDecimal("-9223372036854775809")));

        assertThat(config.values().get("small")).isEqualTo(32);
        assertThat(config.values().get("long")).isEqualTo(3_000_000_000L);
        assertThat(config.values().get("big")).isEqualTo(new BigInteger("-9223372036854775809"));
        assertThat(config.toJson()).isEqualTo("{\"small\":32,\"long\":3000000000,\"big\":-9223372036854775809}");
    }
}
