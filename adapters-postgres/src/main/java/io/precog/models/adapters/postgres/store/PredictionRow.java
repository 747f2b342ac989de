package io.precog.models.adapters.postgres.store;

import io.precog.models.domain.model.Actor;
import io.precog.models.domain.prediction.EventId;
import io.precog.models.domain.prediction.Prediction;
import io.precog.models.domain.prediction.Probability;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code predictions}. */
record PredictionRow(long predictionId, long modelId, String eventId, BigDecimal probability, Instant predictedAt,
                     String recordedBy, Instant recordedAt) {

    static PredictionRow of(Prediction prediction) {
        return new PredictionRow(prediction.predictionId(), prediction.modelId(), prediction.eventId().value(),
                prediction.probability().value(), prediction.predictedAt(), prediction.recordedBy().id(),
                prediction.recordedAt());
    }

    Prediction toPrediction() {
        return new Prediction(predictionId, modelId, new EventId(eventId), new Probability(probability),
                predictedAt, new Actor(recordedBy), recordedAt);
    }
}
