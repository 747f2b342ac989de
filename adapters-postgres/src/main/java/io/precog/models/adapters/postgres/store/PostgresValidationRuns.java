package io.precog.models.adapters.postgres.store;

import io.precog.models.adapters.postgres.database.SqlStates;
import io.precog.models.application.port.ValidationRuns;
import io.precog.models.domain.error.ModelNotFoundException;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.ValidationRun;
import java.util.List;

/**
 * Validation runs in {@code validation_runs}, each stored with the validated model's new metrics in
 * one transaction. A restarted job instance finds its earlier rows and writes nothing twice.
 */
public final class PostgresValidationRuns implements ValidationRuns {

    /** A run's model version must exist. */
    private static final String RUN_MODEL_REFERENCE = "validation_runs_model_id_fkey";

    private final Transactions transactions;

    PostgresValidationRuns(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * {@inheritDoc}
     *
     * <p>A run whose report is null, because it found no forecast with a yes or no outcome, is stored
     * with a sample size of 0 and no metrics.
     *
     * @throws ModelNotFoundException when the run's model version is not stored
     */
    @Override
    public boolean record(ValidationRun run, ProbabilityModel validatedModel) {
        ValidationRunRow row = ValidationRunRow.of(run);
        ModelRow model = ModelRow.of(validatedModel);
        return transactions.write("store validation run of model " + run.modelId() + " for job instance "
                + run.jobInstanceId(), session -> {
                    Long runId = session.getMapper(ValidationRunMapper.class).insertIfAbsent(row);
                    if (runId == null) {
                        return false;
                    }
                    if (session.getMapper(ModelMapper.class).updateMetrics(model) == 0) {
                        throw ModelNotFoundException.byId(validatedModel.modelId());
                    }
                    return true;
                }, error -> {
                    if (error.is(SqlStates.FOREIGN_KEY_VIOLATION, RUN_MODEL_REFERENCE)) {
                        throw ModelNotFoundException.byId(run.modelId());
                    }
                });
    }

    /** {@inheritDoc} Newest is the latest {@code as_of}; of two runs with the same one, the later stored. */
    @Override
    public List<ValidationRun> history(long modelId) {
        return transactions.read("read the validation runs of model " + modelId, session ->
                session.getMapper(ValidationRunMapper.class).listByModel(modelId).stream()
                        .map(ValidationRunRow::toValidationRun).toList());
    }
}
