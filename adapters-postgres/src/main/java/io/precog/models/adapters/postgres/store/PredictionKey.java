package io.precog.models.adapters.postgres.store;

/** Identity of a prediction: a model version predicts an event at most once. */
record PredictionKey(long modelId, String eventId) {
}
