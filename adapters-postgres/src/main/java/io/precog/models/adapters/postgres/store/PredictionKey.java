package io.precog.models.adapters.postgres.store;

/** What makes a prediction unique: one per model version and event. */
record PredictionKey(long modelId, String eventId) {
}
