package io.precog.models.adapters.postgres.store;

import io.precog.models.adapters.postgres.copy.CopyRows;
import io.precog.models.domain.prediction.Prediction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Streams predictions into the transaction's {@code prediction_batch} table with {@code COPY}, which
 * PostgreSQL's manual recommends for loading many rows ("Populating a Database").
 */
final class PredictionBatchCopy {

    private static final String COPY = "COPY prediction_batch"
            + " (position, model_id, event_id, probability, predicted_at, recorded_by, recorded_at) FROM STDIN";

    private PredictionBatchCopy() {
    }

    /** Copies the predictions in list order; the position of each is its index in the list. */
    static long copy(Connection connection, List<Prediction> predictions) throws SQLException {
        CopyRows rows = new CopyRows();
        for (int position = 0; position < predictions.size(); position++) {
            Prediction prediction = predictions.get(position);
            rows.value(position).value(prediction.modelId()).value(prediction.eventId().value())
                    .value(prediction.probability().value()).value(prediction.predictedAt())
                    .value(prediction.recordedBy().id()).value(prediction.recordedAt());
            rows.endRow();
        }
        return rows.copyIn(connection, COPY);
    }
}
