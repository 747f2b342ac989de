package io.precog.models.adapters.postgres.store;

import io.precog.models.domain.model.Actor;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.StatusChange;
import java.time.Instant;

/** A row of {@code model_status_history}. */
record StatusChangeRow(long modelId, String fromStatus, String toStatus, Instant changedAt, String changedBy,
                       String notes) {

    static StatusChangeRow of(StatusChange change) {
        return new StatusChangeRow(change.modelId(), change.from().wireName(), change.to().wireName(),
                change.changedAt(), change.changedBy().id(), change.notes());
    }

    StatusChange toStatusChange() {
        return new StatusChange(modelId, ModelStatus.parse(fromStatus), ModelStatus.parse(toStatus), changedAt,
                new Actor(changedBy), notes);
    }
}
