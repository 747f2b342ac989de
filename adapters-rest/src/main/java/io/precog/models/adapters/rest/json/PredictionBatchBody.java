package io.precog.models.adapters.rest.json;

/** Result of a batch of predictions: how many were recorded. */
public record PredictionBatchBody(int recorded) {
}
