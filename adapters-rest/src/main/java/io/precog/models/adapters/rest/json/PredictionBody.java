package io.precog.models.adapters.rest.json;

import io.precog.models.domain.prediction.Prediction;
import java.math.BigDecimal;
import java.time.Instant;

/** A recorded prediction; {@code recorded_by} is the caller who recorded it. */
public record PredictionBody(long predictionId, long modelId, String eventId, BigDecimal probability,
                             Instant predictedAt, String recordedBy, Instant recordedAt) {

    public static PredictionBody of(Prediction prediction) {
        return new PredictionBody(prediction.predictionId(), prediction.modelId(), prediction.eventId().value(),
                prediction.probability().value(), prediction.predictedAt(), prediction.recordedBy().id(),
                prediction.recordedAt());
    }
}
