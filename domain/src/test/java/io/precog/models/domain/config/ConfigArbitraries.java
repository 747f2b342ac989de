package io.precog.models.domain.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of config trees made of allowed values only, and of the floating-point values that
 * configs reject. Trees are at most four levels deep, and their maps are LinkedHashMaps.
 */
final class ConfigArbitraries {

    private static final int NESTED_LEVELS = 3;
    private static final BigInteger TWO_TO_THE_90 = BigInteger.ONE.shiftLeft(90);

    private ConfigArbitraries() {
    }

    /** Non-empty config trees. */
    static Arbitrary<Map<String, Object>> configTrees() {
        return Arbitraries.maps(keys(), values(NESTED_LEVELS)).ofMinSize(1).ofMaxSize(5)
                .map(map -> new LinkedHashMap<>(map));
    }

    /** Keys of identifiers and of text that paths must quote: spaces, dots, quotes, non-ASCII letters. */
    static Arbitrary<String> keys() {
        Arbitrary<String> plain = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars('_', 'K', '1', ' ', '.', '-', '"', '\\', '[', 'é')
                .ofMinLength(1)
                .ofMaxLength(8);
        return Arbitraries.frequencyOf(
                Tuple.of(8, plain),
                Tuple.of(1, plain.map(key -> key + "\uFF61")),
                Tuple.of(1, plain.map(key -> key + "\uD83D\uDE00")));
    }

    /** Doubles and floats of any value, NaN, infinities and negative zero included. */
    static Arbitrary<Number> floatingPoints() {
        return Arbitraries.oneOf(
                Arbitraries.doubles(),
                Arbitraries.floats(),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0d, 0.4d),
                Arbitraries.of(Float.NaN, Float.POSITIVE_INFINITY, 0.1f));
    }

    /** Decimals with 0 to 30 digits and scales from -6 to 12. */
    static Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers()
                .between(new BigInteger("-999999999999999999999999999999"), new BigInteger("999999999999999999999999999999"));
        Arbitrary<Integer> scales = Arbitraries.integers().between(-6, 12);
        return Combinators.combine(unscaled, scales).as(BigDecimal::new);
    }

    /** Integers of every accepted type, from Byte to BigIntegers of up to 91 bits. */
    static Arbitrary<Number> integers() {
        return Arbitraries.oneOf(
                Arbitraries.bytes(),
                Arbitraries.shorts(),
                Arbitraries.integers(),
                Arbitraries.longs(),
                Arbitraries.bigIntegers().between(TWO_TO_THE_90.negate(), TWO_TO_THE_90));
    }

    /** Strings of any ASCII character but NUL, control characters included, and of é, €, U+2028 and emoji. */
    static Arbitrary<String> strings() {
        Arbitrary<String> text = Arbitraries.strings()
                .withCharRange('\u0001', '\u007f')
                .withChars('é', '€', '\u2028')
                .ofMaxLength(12);
        return Arbitraries.frequencyOf(
                Tuple.of(9, text),
                Tuple.of(1, text.map(value -> value + "\uD83D\uDE00")));
    }

    private static Arbitrary<Object> values(int levelsLeft) {
        Arbitrary<Object> scalars = Arbitraries.oneOf(
                decimals(), integers(), strings(), Arbitraries.of(Boolean.TRUE, Boolean.FALSE));
        if (levelsLeft == 0) {
            return scalars;
        }
        return Arbitraries.frequencyOf(
                Tuple.of(6, scalars),
                Tuple.of(1, Arbitraries.lazy(() -> objects(levelsLeft - 1))),
                Tuple.of(1, Arbitraries.lazy(() -> lists(levelsLeft - 1))));
    }

    private static Arbitrary<Object> objects(int levelsLeft) {
        return Arbitraries.maps(keys(), values(levelsLeft)).ofMaxSize(4).map(map -> new LinkedHashMap<>(map));
    }

    private static Arbitrary<Object> lists(int levelsLeft) {
        Arbitrary<List<Object>> lists = values(levelsLeft).list().ofMaxSize(4);
        return lists.asGeneric();
    }
}
