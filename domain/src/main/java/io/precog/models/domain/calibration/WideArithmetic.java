package io.precog.models.domain.calibration;

import java.math.BigInteger;

/**
 * Unsigned multi-word integers stored in {@code long[]} slices, least significant word first. Sums
 * of such integers are exact and independent of the order of the additions, which is what makes
 * accumulators merge to identical results.
 */
final class WideArithmetic {

    private WideArithmetic() {
    }

    /** Adds an unsigned 64-bit value to the {@code words}-word integer at {@code offset}. */
    static void add64(long[] target, int offset, int words, long value) {
        long sum = target[offset] + value;
        long carry = carry(target[offset], value, sum);
        target[offset] = sum;
        if (carry != 0) {
            increment(target, offset + 1, offset + words);
        }
    }

    /** Adds the unsigned 128-bit value {@code high·2^64 + low}. */
    static void add128(long[] target, int offset, int words, long low, long high) {
        long carry = addWord(target, offset, low, 0);
        carry = addWord(target, offset + 1, high, carry);
        if (carry != 0) {
            increment(target, offset + 2, offset + words);
        }
    }

    /** Adds the unsigned 256-bit value whose words, least significant first, are {@code w0} to {@code w3}. */
    static void add256(long[] target, int offset, int words, long w0, long w1, long w2, long w3) {
        long carry = addWord(target, offset, w0, 0);
        carry = addWord(target, offset + 1, w1, carry);
        carry = addWord(target, offset + 2, w2, carry);
        carry = addWord(target, offset + 3, w3, carry);
        if (carry != 0) {
            increment(target, offset + 4, offset + words);
        }
    }

    /**
     * Adds the square of the unsigned value {@code high·2^64 + low}, which must be below 2^127 so that
     * the square fits in 256 bits.
     */
    static void addSquare128(long[] target, int offset, int words, long low, long high) {
        long lowSquareLow = low * low;
        long lowSquareHigh = unsignedMultiplyHigh(low, low);
        long crossLow = high * low;
        long crossHigh = unsignedMultiplyHigh(high, low);
        long doubledCrossLow = crossLow << 1;
        long doubledCrossHigh = (crossHigh << 1) | (crossLow >>> 63);
        long highSquareLow = high * high;
        long highSquareHigh = unsignedMultiplyHigh(high, high);

        long w1 = lowSquareHigh + doubledCrossLow;
        long carry = carry(lowSquareHigh, doubledCrossLow, w1);
        long w2 = highSquareLow + doubledCrossHigh + carry;
        carry = carry(highSquareLow, doubledCrossHigh, w2);
        long w3 = highSquareHigh + carry;
        add256(target, offset, words, lowSquareLow, w1, w2, w3);
    }

    /** Adds the integer at {@code offset} in {@code source} to the one at the same place in {@code target}. */
    static void addSlice(long[] target, long[] source, int offset, int words) {
        long carry = 0;
        for (int i = offset; i < offset + words; i++) {
            carry = addWord(target, i, source[i], carry);
        }
        if (carry != 0) {
            throw new ArithmeticException("Sum exceeds " + 64 * words + " bits");
        }
    }

    static BigInteger toBigInteger(long[] source, int offset, int words) {
        BigInteger value = BigInteger.ZERO;
        for (int i = offset + words - 1; i >= offset; i--) {
            value = value.shiftLeft(64).or(unsigned(source[i]));
        }
        return value;
    }

    /** Returns the high 64 bits of the unsigned 128-bit product {@code a·b}. */
    static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    private static long addWord(long[] target, int index, long value, long carryIn) {
        long current = target[index];
        long sum = current + value + carryIn;
        target[index] = sum;
        return carry(current, value, sum);
    }

    /** Carry out of {@code sum = a + b + carryIn} for any carry-in of 0 or 1, read off the top bits. */
    private static long carry(long a, long b, long sum) {
        return ((a & b) | ((a | b) & ~sum)) >>> 63;
    }

    private static void increment(long[] target, int from, int to) {
        for (int i = from; i < to; i++) {
            if (++target[i] != 0) {
                return;
            }
        }
        throw new ArithmeticException("Sum exceeds the width of its accumulator");
    }

    private static BigInteger unsigned(long word) {
        BigInteger magnitude = BigInteger.valueOf(word & Long.MAX_VALUE);
        return word < 0 ? magnitude.setBit(63) : magnitude;
    }
}
