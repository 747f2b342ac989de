package io.precog.models.domain.error;

import java.util.Map;

/** No prediction with the given id. */
public final class PredictionNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public PredictionNotFoundException(long predictionId) {
        super("No prediction with prediction_id " + predictionId, Map.of("prediction_id", predictionId));
    }

    @Override
    public String code() {
        return "prediction-not-found";
    }
}
