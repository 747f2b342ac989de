package io.precog.models.adapters.postgres.forecasts;

import io.precog.models.adapters.postgres.copy.CopyRows;
import io.precog.models.application.port.ImportForecasts;
import io.precog.models.domain.error.EventNotFoundException;
import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.error.ModelNotFoundException;
import io.precog.models.domain.prediction.Event;
import io.precog.models.domain.prediction.Prediction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Bulk imports in plain JDBC: the rows are copied into a temporary table with COPY, checked against
 * what is stored, then inserted where missing, all in one transaction.
 */
public final class PostgresImportForecasts implements ImportForecasts {

    private final DataSource dataSource;

    public PostgresImportForecasts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public int insertEvents(List<Event> events) {
        if (events.isEmpty()) {
            return 0;
        }
        CopyRows rows = new CopyRows();
        for (Event event : events) {
            rows.value(event.id().value()).value(event.domain().value()).value(event.description())
                    .value(event.startsAt()).value(event.resolution().wireName()).value(event.resolvedAt());
            rows.endRow();
        }
        return inTransaction("import " + events.size() + " events", connection -> {
            execute(connection, """
                    CREATE TEMPORARY TABLE incoming_events (
                        event_id text, domain text, description text, starts_at timestamptz,
                        resolution text, resolved_at timestamptz) ON COMMIT DROP""");
            rows.copyIn(connection, "COPY incoming_events FROM STDIN");
            try (Statement statement = connection.createStatement();
                 ResultSet conflict = statement.executeQuery("""
                         SELECT i.event_id, e.resolution, i.resolution
                         FROM incoming_events i
                         JOIN events e ON e.event_id = i.event_id
                         WHERE e.resolution <> i.resolution
                         LIMIT 1""")) {
                if (conflict.next()) {
                    throw new InvalidValueException("resolution", conflict.getString(3), "event "
                            + conflict.getString(1) + " is already stored as " + conflict.getString(2)
                            + "; a resolved event is never resolved again");
                }
            }
            return update(connection, """
                    INSERT INTO events (event_id, domain, description, starts_at, resolution, resolved_at)
                    SELECT event_id, domain, description, starts_at, resolution, resolved_at
                    FROM incoming_events
                    ON CONFLICT (event_id) DO NOTHING""");
        });
    }

    @Override
    public int insertPredictions(List<Prediction> predictions) {
        if (predictions.isEmpty()) {
            return 0;
        }
        CopyRows rows = new CopyRows();
        for (Prediction prediction : predictions) {
            rows.value(prediction.modelId()).value(prediction.eventId().value())
                    .value(prediction.probability().value()).value(prediction.predictedAt())
                    .value(prediction.recordedBy().id()).value(prediction.recordedAt());
            rows.endRow();
        }
        return inTransaction("import " + predictions.size() + " predictions", connection -> {
            execute(connection, """
                    CREATE TEMPORARY TABLE incoming_predictions (
                        model_id bigint, event_id text, probability numeric, predicted_at timestamptz,
                        recorded_by text, recorded_at timestamptz) ON COMMIT DROP""");
            rows.copyIn(connection, "COPY incoming_predictions FROM STDIN");
            requireModelsAndEvents(connection);
            try (Statement statement = connection.createStatement();
                 ResultSet conflict = statement.executeQuery("""
                         SELECT i.model_id, i.event_id, p.probability, i.probability
                         FROM incoming_predictions i
                         JOIN predictions p ON p.model_id = i.model_id AND p.event_id = i.event_id
                         WHERE p.probability <> i.probability
                         LIMIT 1""")) {
                if (conflict.next()) {
                    throw new InvalidValueException("probability", conflict.getBigDecimal(4).toPlainString(),
                            "model " + conflict.getLong(1) + " already predicted event " + conflict.getString(2)
                                    + " with probability " + conflict.getBigDecimal(3).toPlainString()
                                    + "; a prediction is never changed");
                }
            }
            return update(connection, """
                    INSERT INTO predictions (model_id, event_id, probability, predicted_at, recorded_by, recorded_at)
                    SELECT model_id, event_id, probability, predicted_at, recorded_by, recorded_at
                    FROM incoming_predictions
                    ON CONFLICT (model_id, event_id) DO NOTHING""");
        });
    }

    private static void requireModelsAndEvents(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet missing = statement.executeQuery("""
                     SELECT i.model_id
                     FROM incoming_predictions i
                     LEFT JOIN probability_models m ON m.model_id = i.model_id
                     WHERE m.model_id IS NULL
                     LIMIT 1""")) {
            if (missing.next()) {
                throw ModelNotFoundException.byId(missing.getLong(1));
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet missing = statement.executeQuery("""
                     SELECT i.event_id
                     FROM incoming_predictions i
                     LEFT JOIN events e ON e.event_id = i.event_id
                     WHERE e.event_id IS NULL
                     LIMIT 1""")) {
            if (missing.next()) {
                throw new EventNotFoundException(missing.getString(1));
            }
        }
    }

    private int inTransaction(String action, SqlWork work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int stored = work.run(connection);
                connection.commit();
                return stored;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new ForecastWriteException("could not " + action, e);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int update(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    /** Work on a connection inside the transaction of {@link #inTransaction}. */
    @FunctionalInterface
    private interface SqlWork {
        int run(Connection connection) throws SQLException;
    }
}
