package io.precog.models.adapters.rest.json;

import java.util.List;

/** Predictions to record in one transaction: all of them or none. */
public record PredictionBatchRequest(List<PredictionRequest> predictions) {
}
