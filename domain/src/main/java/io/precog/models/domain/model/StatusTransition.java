package io.precog.models.domain.model;

/** Result of a guarded status change: the model in its new state and the history entry to record. */
public record StatusTransition(ProbabilityModel model, StatusChange change) {
}
