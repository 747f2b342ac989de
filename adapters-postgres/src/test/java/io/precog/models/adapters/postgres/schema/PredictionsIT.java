package io.precog.models.adapters.postgres.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.postgres.database.SchemaConstraints;
import io.precog.models.adapters.postgres.database.SqlStates;
import io.precog.models.adapters.postgres.testing.PostgresTest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.ServerErrorMessage;

@PostgresTest
class PredictionsIT {

    private static final String INSERT = """
            INSERT INTO predictions (model_id, event_id, probability, predicted_at, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, 'strategy-nfl', ?)
            RETURNING prediction_id""";
    private static final OffsetDateTime PREDICTED_AT = OffsetDateTime.parse("2019-09-05T12:00:00Z");

    private final DataSource dataSource;
    private Connection connection;
    private long modelId;
    private String eventId;

    PredictionsIT(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @BeforeEach
    void insertModelAndEvent() throws SQLException {
        connection = dataSource.getConnection();
        modelId = ModelRow.valid("predicting_" + System.nanoTime()).insert(connection);
        eventId = "nfl-2019-09-05-chi-gb:" + System.nanoTime();
        Sql.update(connection, EventsIT.INSERT, eventId);
    }

    @AfterEach
    void disconnect() throws SQLException {
        connection.close();
    }

    @Test
    void keepsProbabilityScale() throws SQLException {
        long predictionId = insert(new BigDecimal("0.920"));

        assertThat(Sql.text(connection, "SELECT probability::text FROM predictions WHERE prediction_id = ?", predictionId))
                .isEqualTo("0.920");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "1.000", "0.5", "0.000000000000000001",
            "0.50000000000000000000000"})
    void acceptsProbabilityInUnitInterval(String probability) throws SQLException {
        long predictionId = insert(new BigDecimal(probability));

        assertThat(Sql.text(connection, "SELECT probability::text FROM predictions WHERE prediction_id = ?", predictionId))
                .isEqualTo(probability);
    }

    @Test
    void rejectsProbabilityWithMoreThanEighteenDecimals() {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, INSERT, modelId, eventId,
                new BigDecimal("0.1234567890123456789"), PREDICTED_AT, PREDICTED_AT);

        assertThat(error.getConstraint()).isEqualTo("predictions_probability_scale_check");
    }

    @Test
    void rejectsBlankRecorder() {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, """
                INSERT INTO predictions (model_id, event_id, probability, predicted_at, recorded_by, recorded_at)
                VALUES (?, ?, 0.5, ?, ' ', ?)""", modelId, eventId, PREDICTED_AT, PREDICTED_AT);

        assertThat(error.getConstraint()).isEqualTo("predictions_recorded_by_check");
    }

    @Test
    void rejectsPredictionMadeAtOrAfterResolution() throws SQLException {
        OffsetDateTime resolvedAt = OffsetDateTime.parse("2019-09-06T03:40:00Z");
        Sql.update(connection, "UPDATE events SET resolution = 'yes', resolved_at = ? WHERE event_id = ?",
                resolvedAt, eventId);

        ServerErrorMessage error = Sql.rejection(SqlStates.PREDICTION_REJECTED, connection, INSERT, modelId, eventId,
                new BigDecimal("0.9"), resolvedAt, resolvedAt);

        assertThat(error.getColumn()).isEqualTo("predicted_at");
        assertThat(error.getHint()).isEqualTo("a prediction must be made before its event resolves");
        assertThat(Sql.text(connection, "SELECT count(*) FROM predictions WHERE event_id = ?", eventId)).isEqualTo("0");
        assertThat(insert(new BigDecimal("0.9"))).isPositive();
    }

    @Test
    void rejectsPredictionOfDeprecatedModel() throws SQLException {
        Sql.moveStatus(connection, modelId, "draft", "deprecated");

        ServerErrorMessage error = Sql.rejection(SqlStates.PREDICTION_REJECTED, connection, INSERT, modelId, eventId,
                new BigDecimal("0.9"), PREDICTED_AT, PREDICTED_AT);

        assertThat(error.getMessage()).isEqualTo("model " + modelId + " is deprecated and takes no new predictions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.1", "1.0001", "-0.0000001", "2"})
    void rejectsProbabilityOutsideUnitInterval(String probability) {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, INSERT, modelId, eventId,
                new BigDecimal(probability), PREDICTED_AT, PREDICTED_AT);

        assertThat(error.getConstraint()).isEqualTo("predictions_probability_check");
    }

    @Test
    void rejectsNotANumberProbability() {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, """
                INSERT INTO predictions (model_id, event_id, probability, predicted_at, recorded_by, recorded_at)
                VALUES (?, ?, 'NaN', now(), 'strategy-nfl', now())""", modelId, eventId);

        assertThat(error.getConstraint()).isEqualTo("predictions_probability_check");
    }

    @Test
    void rejectsSecondPredictionOfSameModelAndEvent() throws SQLException {
        insert(new BigDecimal("0.61"));

        ServerErrorMessage error = Sql.rejection(SqlStates.UNIQUE_VIOLATION, connection, INSERT, modelId, eventId,
                new BigDecimal("0.64"), PREDICTED_AT, PREDICTED_AT);

        assertThat(error.getConstraint()).isEqualTo(SchemaConstraints.PREDICTION_PER_MODEL_AND_EVENT);
    }

    @Test
    void acceptsPredictionsOfTwoVersionsForOneEvent() throws SQLException {
        long otherVersion = ModelRow.valid("predicting_other_" + System.nanoTime()).insert(connection);
        insert(new BigDecimal("0.61"));

        Sql.insertReturningId(connection, INSERT, otherVersion, eventId, new BigDecimal("0.58"), PREDICTED_AT,
                PREDICTED_AT);

        assertThat(Sql.text(connection, "SELECT count(*) FROM predictions WHERE event_id = ?", eventId)).isEqualTo("2");
    }

    @Test
    void rejectsUnknownEvent() {
        ServerErrorMessage error = Sql.rejection(SqlStates.FOREIGN_KEY_VIOLATION, connection, INSERT, modelId,
                "no-such-event", new BigDecimal("0.5"), PREDICTED_AT, PREDICTED_AT);

        assertThat(error.getConstraint()).isEqualTo(SchemaConstraints.PREDICTION_EVENT_REFERENCE);
    }

    @Test
    void rejectsUnknownModel() {
        ServerErrorMessage error = Sql.rejection(SqlStates.FOREIGN_KEY_VIOLATION, connection, INSERT, -1L, eventId,
                new BigDecimal("0.5"), PREDICTED_AT, PREDICTED_AT);

        assertThat(error.getConstraint()).isEqualTo(SchemaConstraints.PREDICTION_MODEL_REFERENCE);
    }

    @Test
    void rejectsUpdate() throws SQLException {
        long predictionId = insert(new BigDecimal("0.61"));
        String before = Sql.row(connection, "predictions", "prediction_id", predictionId);

        ServerErrorMessage error = Sql.rejection(SqlStates.APPEND_ONLY, connection,
                "UPDATE predictions SET probability = 0.99 WHERE prediction_id = ?", predictionId);

        assertThat(error.getMessage())
                .isEqualTo("UPDATE of predictions rows is not allowed: they are never changed or removed");
        assertThat(Sql.row(connection, "predictions", "prediction_id", predictionId)).isEqualTo(before);
    }

    @Test
    void rejectsDelete() throws SQLException {
        long predictionId = insert(new BigDecimal("0.61"));
        String before = Sql.row(connection, "predictions", "prediction_id", predictionId);

        Sql.rejection(SqlStates.APPEND_ONLY, connection, "DELETE FROM predictions WHERE prediction_id = ?",
                predictionId);

        assertThat(Sql.row(connection, "predictions", "prediction_id", predictionId)).isEqualTo(before);
    }

    @Test
    void rejectsTruncate() throws SQLException {
        long predictionId = insert(new BigDecimal("0.61"));

        Sql.rejection(SqlStates.APPEND_ONLY, connection, "TRUNCATE predictions");

        assertThat(Sql.text(connection, "SELECT count(*) FROM predictions WHERE prediction_id = ?", predictionId))
                .isEqualTo("1");
    }

    private long insert(BigDecimal probability) throws SQLException {
        return Sql.insertReturningId(connection, INSERT, modelId, eventId, probability, PREDICTED_AT, PREDICTED_AT);
    }
}
