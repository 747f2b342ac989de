package io.precog.models.adapters.rest.json;

import io.precog.models.domain.model.StatusChange;
import java.time.Instant;

/** One entry of a model version's status history. */
public record StatusChangeBody(long modelId, String fromStatus, String toStatus, Instant changedAt,
                               String changedBy, String notes) {

    public static StatusChangeBody of(StatusChange change) {
        return new StatusChangeBody(change.modelId(), change.from().wireName(), change.to().wireName(),
                change.changedAt(), change.changedBy().id(), change.notes());
    }
}
