package io.precog.models.adapters.postgres.store;

import io.precog.models.adapters.postgres.database.SqlStates;
import io.precog.models.application.port.RecordStatusChanges;
import io.precog.models.domain.error.ConcurrentModificationException;
import io.precog.models.domain.error.InvalidStatusTransitionException;
import io.precog.models.domain.error.ModelNotFoundException;
import io.precog.models.domain.model.StatusChange;
import io.precog.models.domain.model.StatusTransition;
import java.util.List;

/**
 * Applies status transitions as compare-and-set updates of {@code probability_models.status}, each with
 * its row of {@code model_status_history} in the same transaction.
 */
public final class PostgresStatusChanges implements RecordStatusChanges {

    private final Transactions transactions;

    PostgresStatusChanges(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Under READ COMMITTED a second concurrent update of the row waits for the first to commit and
     * then finds the status changed, so exactly one of them updates the row.
     *
     * @throws ModelNotFoundException           when no model has the transition's id
     * @throws InvalidStatusTransitionException when the lifecycle does not allow the transition, which the
     *                                          database checks again whatever built it
     */
    @Override
    public void apply(StatusTransition transition) {
        StatusChange change = transition.change();
        transactions.write("change the status of model " + change.modelId(), session -> {
            ModelMapper models = session.getMapper(ModelMapper.class);
            int updated = models.compareAndSetStatus(change.modelId(), change.from().wireName(),
                    change.to().wireName(), transition.model().updatedAt());
            if (updated == 0) {
                String actual = models.findStatus(change.modelId());
                if (actual == null) {
                    throw ModelNotFoundException.byId(change.modelId());
                }
                throw new ConcurrentModificationException(change.modelId(), change.from().wireName(), actual);
            }
            session.getMapper(StatusHistoryMapper.class).insert(StatusChangeRow.of(change));
            return updated;
        }, error -> {
            if (SqlStates.ILLEGAL_STATUS_TRANSITION.equals(error.sqlState())) {
                throw new InvalidStatusTransitionException(change.from().wireName(), change.to().wireName(),
                        change.from().allowedTargetNames());
            }
        });
    }

    @Override
    public List<StatusChange> history(long modelId) {
        return transactions.read("read the status history of model " + modelId, session ->
                session.getMapper(StatusHistoryMapper.class).listByModel(modelId).stream()
                        .map(StatusChangeRow::toStatusChange).toList());
    }
}
