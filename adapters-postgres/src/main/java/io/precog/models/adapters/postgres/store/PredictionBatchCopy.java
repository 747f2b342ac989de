package io.precog.models.adapters.postgres.store;

import io.precog.models.domain.prediction.Prediction;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Streams predictions into the transaction's {@code prediction_batch} table with {@code COPY}, which
 * PostgreSQL's manual recommends for loading many rows ("Populating a Database"). The rows are CSV:
 * decimals in plain notation, instants in ISO 8601 UTC, and the free-text actor quoted.
 */
final class PredictionBatchCopy {

    private static final String COPY = "COPY prediction_batch"
            + " (position, model_id, event_id, probability, predicted_at, recorded_by, recorded_at)"
            + " FROM STDIN (FORMAT csv)";

    private PredictionBatchCopy() {
    }

    /** Copies the predictions in list order; the position of each is its index in the list. */
    static long copy(Connection connection, List<Prediction> predictions) throws SQLException {
        StringBuilder csv = new StringBuilder(predictions.size() * 120);
        for (int position = 0; position < predictions.size(); position++) {
            appendRow(csv, position, predictions.get(position));
        }
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not stream predictions to the database", e);
        }
    }

    private static void appendRow(StringBuilder csv, int position, Prediction prediction) {
        csv.append(position).append(',')
                .append(prediction.modelId()).append(',')
                .append(quoted(prediction.eventId().value())).append(',')
                .append(prediction.probability().value().toPlainString()).append(',')
                .append(prediction.predictedAt()).append(',')
                .append(quoted(prediction.recordedBy().id())).append(',')
                .append(prediction.recordedAt()).append('\n');
    }

    /** Quotes a CSV field, doubling each quote inside, so that COPY never reads it as NULL. */
    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
