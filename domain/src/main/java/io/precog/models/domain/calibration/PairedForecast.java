package io.precog.models.domain.calibration;

import io.precog.models.domain.error.InvalidValueException;
import java.math.BigDecimal;

/**
 * The probabilities two model versions, A and B, gave to the same event, and the event's outcome.
 * The constructor checks them as an accumulator checks its input.
 *
 * @throws InvalidValueException when a probability is null, outside [0, 1] or has more than 18
 *         decimal places, or when the outcome is null
 */
public record PairedForecast(BigDecimal probabilityA, BigDecimal probabilityB, Outcome outcome) {

    public PairedForecast {
        FixedPointProbability.parse(probabilityA, "probability_a");
        FixedPointProbability.parse(probabilityB, "probability_b");
        if (outcome == null) {
            throw new InvalidValueException("outcome", null, "is missing, expected YES, NO or VOID");
        }
    }
}
