package io.precog.models.domain.model;

import java.time.Instant;

/**
 * One accepted status transition, as recorded in the append-only status history.
 *
 * @param notes why the status changed; may be null
 */
public record StatusChange(long modelId, ModelStatus from, ModelStatus to, Instant changedAt, Actor changedBy,
                           String notes) {
}
