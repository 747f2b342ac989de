package io.precog.models.adapters.postgres.store;

import io.precog.models.adapters.postgres.database.SqlStates;
import io.precog.models.application.port.ValidationRuns;
import io.precog.models.domain.error.ModelNotFoundException;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.ValidationRun;
import java.util.List;
import java.util.Map;

/**
 * Validation runs in {@code validation_runs}, each stored with the validated model's new metrics in
 * one transaction. A restarted job instance finds its earlier rows and writes nothing twice.
 *
 * <p>The model's metrics and {@code last_validated_at} are those of its latest run: a run as of an
 * earlier time than a stored run of the same model (a backfill) is stored, but leaves the model as it
 * was. Of two runs as of the same time, the one stored last sets the metrics, and it is also the newest
 * in {@link #history(long)}. Runs of one model are recorded one after the other (the model's row is
 * locked first), so that two recorded at once cannot both miss each other.
 */
public final class PostgresValidationRuns implements ValidationRuns {

    /** A run's model version must exist. */
    private static final String RUN_MODEL_REFERENCE = "validation_runs_model_id_fkey";

    /** Statements of {@code ValidationRunMapper.xml} that its mapper interface does not declare. */
    private static final String LOCK_MODEL = ValidationRunMapper.class.getName() + ".lockModel";
    private static final String UPDATE_METRICS_UNLESS_LATER_RUN =
            ValidationRunMapper.class.getName() + ".updateModelMetricsUnlessLaterRun";

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
     * <p>The model's metrics change only when no stored run of the model is as of a later time than
     * this one; otherwise the run is stored and the model keeps the metrics of its latest run.
     *
     * @return true when the run was stored (whether or not it changed the model's metrics), false when
     *         the job instance had already stored the model
     * @throws ModelNotFoundException when the run's model version is not stored
     */
    @Override
    public boolean record(ValidationRun run, ProbabilityModel validatedModel) {
        ValidationRunRow row = ValidationRunRow.of(run);
        ModelRow model = ModelRow.of(validatedModel);
        return transactions.write("store validation run of model " + run.modelId() + " for job instance "
                + run.jobInstanceId(), session -> {
                    if (session.selectOne(LOCK_MODEL, run.modelId()) == null) {
                        throw ModelNotFoundException.byId(run.modelId());
                    }
                    Long runId = session.getMapper(ValidationRunMapper.class).insertIfAbsent(row);
                    if (runId == null) {
                        return false;
                    }
                    session.update(UPDATE_METRICS_UNLESS_LATER_RUN, Map.of("model", model, "asOf", run.asOf()));
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
