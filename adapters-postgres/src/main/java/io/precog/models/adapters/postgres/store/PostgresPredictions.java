package io.precog.models.adapters.postgres.store;

import io.precog.models.adapters.postgres.database.SchemaConstraints;
import io.precog.models.adapters.postgres.database.SqlStates;
import io.precog.models.application.port.Predictions;
import io.precog.models.domain.calibration.PairedForecast;
import io.precog.models.domain.error.DuplicatePredictionException;
import io.precog.models.domain.error.EventNotFoundException;
import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.error.ModelNotFoundException;
import io.precog.models.domain.prediction.Prediction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * Predictions in {@code predictions}. A bulk insert is copied into a temporary table and inserted from
 * there with one statement, so that a season of forecasts is stored in one transaction and one round
 * trip of data.
 */
public final class PostgresPredictions implements Predictions {

    private final Transactions transactions;

    PostgresPredictions(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * {@inheritDoc}
     *
     * @throws ModelNotFoundException when the model version is not stored
     */
    @Override
    public Prediction insert(Prediction prediction) {
        PredictionRow row = PredictionRow.of(prediction);
        long predictionId = transactions.write("store a prediction of model " + prediction.modelId(),
                session -> session.getMapper(PredictionMapper.class).insert(row),
                error -> translate(error, new PredictionKey(row.modelId(), row.eventId())));
        return new Prediction(predictionId, prediction.modelId(), prediction.eventId(), prediction.probability(),
                prediction.predictedAt(), prediction.recordedBy(), prediction.recordedAt());
    }

    /**
     * {@inheritDoc} A duplicate names the first pair, in list order, that repeats an earlier one of the
     * list or a stored prediction; an unknown event or model the first such in list order.
     *
     * @throws ModelNotFoundException when one refers to a model version that is not stored
     */
    @Override
    public int insertAll(List<Prediction> predictions) {
        if (predictions.isEmpty()) {
            return 0;
        }
        requireDistinct(predictions);
        return transactions.write("store " + predictions.size() + " predictions", session -> {
            PredictionMapper mapper = session.getMapper(PredictionMapper.class);
            Connection connection = session.getConnection();
            mapper.createBatchTable();
            Savepoint beforeInsert = copy(connection, predictions);
            try {
                return mapper.insertBatch();
            } catch (PersistenceException e) {
                rollBackTo(connection, beforeInsert, e);
                DatabaseError.of(e).ifPresent(error -> explainBatchFailure(error, mapper));
                throw e;
            }
        }, ErrorTranslation.NONE);
    }

    @Override
    public Optional<Prediction> find(long predictionId) {
        return transactions.read("read prediction " + predictionId, session ->
                Optional.ofNullable(session.getMapper(PredictionMapper.class).find(predictionId))
                        .map(PredictionRow::toPrediction));
    }

    /** {@inheritDoc} Ordered by event id in code point order; a void event has the outcome VOID. */
    @Override
    public List<PairedForecast> pairedOnResolvedEvents(long modelIdA, long modelIdB) {
        return transactions.read("pair the predictions of models " + modelIdA + " and " + modelIdB, session ->
                session.getMapper(PredictionMapper.class).pairedOnResolvedEvents(modelIdA, modelIdB).stream()
                        .map(PairedForecastRow::toPairedForecast).toList());
    }

    private static void requireDistinct(List<Prediction> predictions) {
        Set<PredictionKey> seen = new HashSet<>();
        for (Prediction prediction : predictions) {
            if (!seen.add(new PredictionKey(prediction.modelId(), prediction.eventId().value()))) {
                throw new DuplicatePredictionException(prediction.modelId(), prediction.eventId().value());
            }
        }
    }

    private static Savepoint copy(Connection connection, List<Prediction> predictions) {
        try {
            PredictionBatchCopy.copy(connection, predictions);
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw new PersistenceException("could not copy the predictions into the batch table", e);
        }
    }

    private static void rollBackTo(Connection connection, Savepoint savepoint, PersistenceException failure) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            failure.addSuppressed(e);
            throw failure;
        }
    }

    /** Finds the batch row behind a rejected insert and throws its domain exception; returns if none is found. */
    private static void explainBatchFailure(DatabaseError error, PredictionMapper batch) {
        rejectLateOrRetired(error);
        if (error.is(SqlStates.UNIQUE_VIOLATION, SchemaConstraints.PREDICTION_PER_MODEL_AND_EVENT)) {
            PredictionKey stored = batch.firstStoredPairInBatch();
            if (stored != null) {
                throw new DuplicatePredictionException(stored.modelId(), stored.eventId());
            }
        } else if (error.is(SqlStates.FOREIGN_KEY_VIOLATION, SchemaConstraints.PREDICTION_EVENT_REFERENCE)) {
            String eventId = batch.firstUnknownEventInBatch();
            if (eventId != null) {
                throw new EventNotFoundException(eventId);
            }
        } else if (error.is(SqlStates.FOREIGN_KEY_VIOLATION, SchemaConstraints.PREDICTION_MODEL_REFERENCE)) {
            Long modelId = batch.firstUnknownModelInBatch();
            if (modelId != null) {
                throw ModelNotFoundException.byId(modelId);
            }
        }
    }

    private static void translate(DatabaseError error, PredictionKey key) {
        rejectLateOrRetired(error);
        if (error.is(SqlStates.UNIQUE_VIOLATION, SchemaConstraints.PREDICTION_PER_MODEL_AND_EVENT)) {
            throw new DuplicatePredictionException(key.modelId(), key.eventId());
        }
        if (error.is(SqlStates.FOREIGN_KEY_VIOLATION, SchemaConstraints.PREDICTION_EVENT_REFERENCE)) {
            throw new EventNotFoundException(key.eventId());
        }
        if (error.is(SqlStates.FOREIGN_KEY_VIOLATION, SchemaConstraints.PREDICTION_MODEL_REFERENCE)) {
            throw ModelNotFoundException.byId(key.modelId());
        }
    }

    /** Throws the schema's refusal of a prediction made too late or by a deprecated version, in its own words. */
    private static void rejectLateOrRetired(DatabaseError error) {
        if (SqlStates.PREDICTION_REJECTED.equals(error.sqlState())) {
            throw new InvalidValueException("prediction", null, error.message()
                    + "; record predictions before their events resolve, for versions that are not deprecated");
        }
    }
}
