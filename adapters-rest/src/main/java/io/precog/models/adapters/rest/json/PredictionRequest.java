package io.precog.models.adapters.rest.json;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A prediction to record.
 *
 * @param probability probability of a yes outcome, a decimal in [0, 1] stored exactly as written
 * @param predictedAt when the model made the forecast; now when omitted
 */
public record PredictionRequest(Long modelId, String eventId, BigDecimal probability, Instant predictedAt) {
}
