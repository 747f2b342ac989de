package io.precog.models.domain.calibration;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Conversions of exact values to the decimals a report exposes: rounded half-even to 34 significant
 * digits ({@link MathContext#DECIMAL128}), trailing zeros removed, never in exponent form above one.
 */
final class Decimals {

    static final MathContext CONTEXT = MathContext.DECIMAL128;

    private Decimals() {
    }

    /** Rounds {@code numerator / denominator} correctly to 34 significant digits. The denominator must be positive. */
    static BigDecimal quotient(BigInteger numerator, BigInteger denominator) {
        return normalized(new BigDecimal(numerator).divide(new BigDecimal(denominator), CONTEXT));
    }

    static BigDecimal quotient(long numerator, long denominator) {
        return quotient(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    static BigDecimal of(BigFraction fraction) {
        return quotient(fraction.getNumerator(), fraction.getDenominator());
    }

    /** Removes trailing zeros without switching to exponent form for integers (20, not 2E+1). */
    static BigDecimal normalized(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Converts a value computed in {@code double} by its shortest decimal form, which carries about 17 significant digits. */
    static BigDecimal fromDouble(double value) {
        return normalized(BigDecimal.valueOf(value));
    }
}
