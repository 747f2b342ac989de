package io.precog.models.domain.error;

import java.util.Map;

/** A second prediction by one model version for one event; predictions are never replaced. */
public final class DuplicatePredictionException extends DomainException {

    private static final long serialVersionUID = 1L;

    public DuplicatePredictionException(long modelId, String eventId) {
        super("Model " + modelId + " already has a prediction for event '" + eventId
                        + "': predictions are immutable, so record a new model version to predict again",
                Map.of("model_id", modelId, "event_id", eventId));
    }

    @Override
    public String code() {
        return "duplicate-prediction";
    }
}
