package io.precog.models.domain.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Each wide sum is checked against the same sum in {@link BigInteger}, with words that force carries. */
class WideArithmeticPropertiesTest {

    private static final BigInteger WORD = BigInteger.ONE.shiftLeft(64);

    @Property
    void add64MatchesBigIntegerSum(@ForAll("words") List<Long> values) {
        long[] target = new long[2];
        BigInteger expected = BigInteger.ZERO;
        for (long value : values) {
            WideArithmetic.add64(target, 0, 2, value);
            expected = expected.add(unsigned(value));
        }
        assertThat(WideArithmetic.toBigInteger(target, 0, 2)).isEqualTo(expected);
    }

    @Property
    void add128MatchesBigIntegerSum(@ForAll("words") List<Long> lows, @ForAll("words") List<Long> highs) {
        long[] target = new long[3];
        BigInteger expected = BigInteger.ZERO;
        for (int i = 0; i < Math.min(lows.size(), highs.size()); i++) {
            WideArithmetic.add128(target, 0, 3, lows.get(i), highs.get(i));
            expected = expected.add(unsigned(highs.get(i)).multiply(WORD).add(unsigned(lows.get(i))));
        }
        assertThat(WideArithmetic.toBigInteger(target, 0, 3)).isEqualTo(expected);
    }

    @Property
    void addSquare128MatchesBigIntegerSumOfSquares(@ForAll("words") List<Long> lows,
            @ForAll("words") List<Long> highs) {
        long[] target = new long[5];
        BigInteger expected = BigInteger.ZERO;
        for (int i = 0; i < Math.min(lows.size(), highs.size()); i++) {
            long high = highs.get(i) & Long.MAX_VALUE;
            BigInteger value = BigInteger.valueOf(high).multiply(WORD).add(unsigned(lows.get(i)));
            WideArithmetic.addSquare128(target, 0, 5, lows.get(i), high);
            expected = expected.add(value.multiply(value));
        }
        assertThat(WideArithmetic.toBigInteger(target, 0, 5)).isEqualTo(expected);
    }

    @Property
    void addSliceAddsOneWideIntegerToAnother(@ForAll("words") List<Long> first, @ForAll("words") List<Long> second) {
        long[] target = new long[3];
        long[] source = new long[3];
        first.forEach(value -> WideArithmetic.add128(target, 0, 3, value, value));
        second.forEach(value -> WideArithmetic.add128(source, 0, 3, value, value));
        BigInteger expected = WideArithmetic.toBigInteger(target, 0, 3).add(WideArithmetic.toBigInteger(source, 0, 3));

        WideArithmetic.addSlice(target, source, 0, 3);

        assertThat(WideArithmetic.toBigInteger(target, 0, 3)).isEqualTo(expected);
    }

    @Property
    void unsignedMultiplyHighMatchesBigIntegerProduct(@ForAll("word") long a, @ForAll("word") long b) {
        BigInteger product = unsigned(a).multiply(unsigned(b));

        assertThat(WideArithmetic.unsignedMultiplyHigh(a, b)).isEqualTo(product.shiftRight(64).longValue());
    }

    @Provide
    Arbitrary<List<Long>> words() {
        return word().list().ofMaxSize(64);
    }

    @Provide
    Arbitrary<Long> word() {
        return Arbitraries.oneOf(Arbitraries.longs(),
                Arbitraries.of(-1L, Long.MIN_VALUE, Long.MAX_VALUE, 0L, 1L, -2L));
    }

    private static BigInteger unsigned(long value) {
        return new BigInteger(Long.toUnsignedString(value));
    }
}
