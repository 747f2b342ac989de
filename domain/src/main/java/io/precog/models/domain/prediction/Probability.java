package io.precog.models.domain.prediction;

import io.precog.models.domain.error.InvalidValueException;
import java.math.BigDecimal;

/**
 * Probability of a yes outcome, an exact decimal in [0, 1] with at most {@value #MAX_SCALE} significant
 * decimal places (trailing zeros aside). The value is kept as given: {@code 0.650} stays {@code 0.650}.
 */
public record Probability(BigDecimal value) {

    /** Maximum number of decimal places once trailing zeros are removed. */
    public static final int MAX_SCALE = 18;

    public Probability {
        if (value == null) {
            throw new InvalidValueException("probability", null, "missing; give a decimal in [0, 1]");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException("probability", value.toPlainString(), "must be a decimal in [0, 1]");
        }
        if (value.stripTrailingZeros().scale() > MAX_SCALE) {
            throw new InvalidValueException("probability", value.toPlainString(),
                    "has more than " + MAX_SCALE + " decimal places; round it to " + MAX_SCALE);
        }
    }

    /** Parses a decimal such as {@code 0.65}; rejects text that is not a plain decimal number. */
    public static Probability parse(String text) {
        try {
            return new Probability(new BigDecimal(text));
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidValueException("probability", text, "is not a decimal number; write it like 0.65");
        }
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
