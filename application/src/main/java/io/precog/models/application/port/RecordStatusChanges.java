package io.precog.models.application.port;

import io.precog.models.domain.error.ConcurrentModificationException;
import io.precog.models.domain.model.StatusChange;
import io.precog.models.domain.model.StatusTransition;
import java.util.List;

/** Applies status transitions and keeps the append-only status history. */
public interface RecordStatusChanges {

    /**
     * Atomically sets the new status only if the stored status is still {@code transition.change().from()}
     * (compare-and-set) and appends the change to the history.
     *
     * @throws ConcurrentModificationException when the stored status differs, because another request
     *                                         changed it first; nothing is written then
     */
    void apply(StatusTransition transition);

    /** Status changes of the model, oldest first. */
    List<StatusChange> history(long modelId);
}
