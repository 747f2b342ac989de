package io.precog.models.batch.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Rounding of numbers for display, half-even: metrics to {@value #PLACES} decimal places, p-values
 * to 4 significant digits. The stored values keep every digit.
 */
final class Shown {

    static final int PLACES = 6;

    private static final MathContext SIGNIFICANT = new MathContext(4, RoundingMode.HALF_EVEN);

    private Shown() {
    }

    static String decimal(BigDecimal value) {
        return value == null ? "-" : value.setScale(PLACES, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A p-value; below 0.0001 it is shown in scientific notation, such as {@code 3.142E-9}. */
    static String pValue(BigDecimal value) {
        if (value == null) {
            return "-";
        }
        BigDecimal rounded = value.round(SIGNIFICANT);
        return rounded.compareTo(new BigDecimal("0.0001")) < 0 && rounded.signum() != 0
                ? rounded.toString() : rounded.toPlainString();
    }

    static String count(long value) {
        return String.format("%,d", value);
    }
}
