package io.precog.models.domain.prediction;

import io.precog.models.domain.model.Actor;
import java.time.Instant;

/**
 * A probability that one model version gave to one event. Predictions are never updated or deleted.
 *
 * @param predictionId surrogate key, 0 before the prediction is stored
 * @param predictedAt  when the model made the forecast
 * @param recordedAt   when the forecast was stored
 */
public record Prediction(long predictionId, long modelId, EventId eventId, Probability probability,
                         Instant predictedAt, Actor recordedBy, Instant recordedAt) {
}
