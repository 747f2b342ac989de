package io.precog.models.application;

import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.model.Timestamps;
import io.precog.models.domain.prediction.EventId;
import io.precog.models.domain.prediction.Probability;
import java.time.Instant;

/**
 * A prediction to record.
 *
 * @param predictedAt when the model made the forecast; null means now
 */
public record NewPrediction(long modelId, EventId eventId, Probability probability, Instant predictedAt) {

    public NewPrediction {
        if (modelId <= 0) {
            throw new InvalidValueException("model_id", modelId, "must be a positive model id");
        }
        if (eventId == null || probability == null) {
            throw new InvalidValueException(eventId == null ? "event_id" : "probability", null,
                    "missing; a prediction needs a model_id, an event_id and a probability");
        }
        predictedAt = Timestamps.storable("predicted_at", predictedAt);
    }
}
