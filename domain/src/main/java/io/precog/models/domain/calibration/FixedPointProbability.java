package io.precog.models.domain.calibration;

import io.precog.models.domain.error.InvalidValueException;
import java.math.BigDecimal;

/**
 * A probability as an exact fixed-point integer: p × 10^18, so 0.65 is 650_000_000_000_000_000 and
 * 1 is {@link #ONE}. Every probability with at most 18 decimal places has such a form.
 */
final class FixedPointProbability {

    static final int DECIMAL_PLACES = 18;
    static final long ONE = 1_000_000_000_000_000_000L;

    private static final long[] POWERS_OF_TEN = powersOfTen();

    private FixedPointProbability() {
    }

    /**
     * Converts a probability to p × 10^18.
     *
     * @param field name of the argument in the error message, such as {@code probability}
     * @throws InvalidValueException when the probability is null, below 0, above 1, or has more
     *         than 18 decimal places once trailing zeros are removed
     */
    static long parse(BigDecimal probability, String field) {
        if (probability == null) {
            throw new InvalidValueException(field, null, "is missing, expected a decimal between 0 and 1 inclusive");
        }
        int scale = probability.scale();
        if (scale >= 0 && scale <= DECIMAL_PLACES && probability.precision() <= DECIMAL_PLACES) {
            // Fast path: the unscaled value fits in a long because it has at most 18 digits.
            long unscaled = probability.scaleByPowerOfTen(scale).longValueExact();
            if (unscaled >= 0 && unscaled <= POWERS_OF_TEN[scale]) {
                return unscaled * POWERS_OF_TEN[DECIMAL_PLACES - scale];
            }
            throw outOfRange(probability, field);
        }
        return parseSlowly(probability, field);
    }

    private static long parseSlowly(BigDecimal probability, String field) {
        if (probability.signum() < 0 || probability.compareTo(BigDecimal.ONE) > 0) {
            throw outOfRange(probability, field);
        }
        BigDecimal stripped = probability.stripTrailingZeros();
        if (stripped.scale() > DECIMAL_PLACES) {
            throw new InvalidValueException(field, probability, "has " + stripped.scale()
                    + " decimal places, but at most " + DECIMAL_PLACES + " are accepted");
        }
        return stripped.setScale(DECIMAL_PLACES).unscaledValue().longValueExact();
    }

    private static InvalidValueException outOfRange(BigDecimal probability, String field) {
        return new InvalidValueException(field, probability, "must be between 0 and 1 inclusive");
    }

    private static long[] powersOfTen() {
        long[] powers = new long[DECIMAL_PLACES + 1];
        powers[0] = 1;
        for (int i = 1; i < powers.length; i++) {
            powers[i] = powers[i - 1] * 10;
        }
        return powers;
    }
}
