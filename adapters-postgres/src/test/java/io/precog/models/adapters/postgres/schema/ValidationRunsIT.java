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
import org.postgresql.util.ServerErrorMessage;

@PostgresTest
class ValidationRunsIT {

    private static final String INSERT = """
            INSERT INTO validation_runs (model_id, job_instance_id, job_execution_id, as_of, window_start, sample_size,
                void_count, brier_score, calibration_score, accuracy, log_loss, expected_calibration_error,
                maximum_calibration_error, murphy_reliability, murphy_resolution, murphy_uncertainty,
                murphy_within_bin_variance, murphy_within_bin_covariance, spiegelhalter_z, spiegelhalter_p, bins)
            VALUES (?, ?, ?, ?, NULL, ?, 1, ?, ?, 0.75, 0.5108256238, 0.05, 0.05, 0.0025, 0.0625, 0.25,
                0.0000, 0.0000, ?, ?, ?::jsonb)
            RETURNING run_id""";
    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2024-09-10T00:00:00Z");
    private static final String BINS = """
            [{"lower": 0.6, "upper": 0.7, "count": 4, "mean_probability": 0.65, "observed_frequency": 0.75}]""";

    private final DataSource dataSource;
    private Connection connection;
    private long modelId;

    ValidationRunsIT(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @BeforeEach
    void insertModel() throws SQLException {
        connection = dataSource.getConnection();
        modelId = ModelRow.valid("validated_" + System.nanoTime()).withStatus("testing").insert(connection);
    }

    @AfterEach
    void disconnect() throws SQLException {
        connection.close();
    }

    @Test
    void storesMetricsAsGiven() throws SQLException {
        long runId = insert(7L, 4L, new BigDecimal("0.2400"), new BigDecimal("0.7600"), new BigDecimal("1.0954451150"),
                new BigDecimal("0.2733216782"), BINS);

        assertThat(Sql.text(connection, """
                SELECT concat_ws(' ', sample_size, void_count, brier_score, calibration_score, spiegelhalter_z,
                    spiegelhalter_p, bins -> 0 ->> 'mean_probability')
                FROM validation_runs WHERE run_id = ?""", runId))
                .isEqualTo("4 1 0.2400 0.7600 1.0954451150 0.2733216782 0.65");
    }

    @Test
    void acceptsUndefinedSpiegelhalterStatistic() throws SQLException {
        long runId = insert(8L, 4L, new BigDecimal("0.25"), new BigDecimal("0.75"), null, null, BINS);

        assertThat(Sql.text(connection, "SELECT (spiegelhalter_z IS NULL AND spiegelhalter_p IS NULL)::text"
                + " FROM validation_runs WHERE run_id = ?", runId)).isEqualTo("true");
    }

    @Test
    void rejectsSecondRunOfSameJobInstanceForSameModel() throws SQLException {
        insert(9L, 4L, new BigDecimal("0.25"), new BigDecimal("0.75"), null, null, BINS);

        ServerErrorMessage error = Sql.rejection(SqlStates.UNIQUE_VIOLATION, connection, INSERT, modelId, 9L, 2L,
                AS_OF, 4L, new BigDecimal("0.25"), new BigDecimal("0.75"), null, null, BINS);

        assertThat(error.getConstraint()).isEqualTo(SchemaConstraints.VALIDATION_RUN_PER_JOB_AND_MODEL);
    }

    @Test
    void rejectsMetricsForEmptySample() {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, INSERT, modelId, 10L, 1L,
                AS_OF, 0L, new BigDecimal("0.25"), new BigDecimal("0.75"), null, null, "[]");

        assertThat(error.getConstraint()).isEqualTo("validation_runs_metrics_check");
    }

    @Test
    void rejectsMissingBrierScoreForNonEmptySample() {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, INSERT, modelId, 11L, 1L,
                AS_OF, 4L, null, new BigDecimal("0.75"), null, null, BINS);

        assertThat(error.getConstraint()).isEqualTo("validation_runs_metrics_check");
    }

    @Test
    void rejectsZWithoutPValue() {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, INSERT, modelId, 12L, 1L,
                AS_OF, 4L, new BigDecimal("0.25"), new BigDecimal("0.75"), new BigDecimal("1.5"), null, BINS);

        assertThat(error.getConstraint()).isEqualTo("validation_runs_spiegelhalter_check");
    }

    @Test
    void rejectsBrierScoreAboveOne() {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, INSERT, modelId, 13L, 1L,
                AS_OF, 4L, new BigDecimal("1.0001"), new BigDecimal("0.75"), null, null, BINS);

        assertThat(error.getConstraint()).isEqualTo("validation_runs_brier_score_check");
    }

    @Test
    void rejectsBinsThatAreNotAnArray() {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, INSERT, modelId, 14L, 1L,
                AS_OF, 4L, new BigDecimal("0.25"), new BigDecimal("0.75"), null, null, "{\"bins\": []}");

        assertThat(error.getConstraint()).isEqualTo("validation_runs_bins_check");
    }

    @Test
    void rejectsUpdate() throws SQLException {
        long runId = insert(15L, 4L, new BigDecimal("0.25"), new BigDecimal("0.75"), null, null, BINS);
        String before = Sql.row(connection, "validation_runs", "run_id", runId);

        ServerErrorMessage error = Sql.rejection(SqlStates.APPEND_ONLY, connection,
                "UPDATE validation_runs SET brier_score = 0.01 WHERE run_id = ?", runId);

        assertThat(error.getMessage())
                .isEqualTo("UPDATE of validation_runs rows is not allowed: they are never changed or removed");
        assertThat(Sql.row(connection, "validation_runs", "run_id", runId)).isEqualTo(before);
    }

    @Test
    void rejectsDelete() throws SQLException {
        long runId = insert(16L, 4L, new BigDecimal("0.25"), new BigDecimal("0.75"), null, null, BINS);
        String before = Sql.row(connection, "validation_runs", "run_id", runId);

        Sql.rejection(SqlStates.APPEND_ONLY, connection, "DELETE FROM validation_runs WHERE run_id = ?", runId);

        assertThat(Sql.row(connection, "validation_runs", "run_id", runId)).isEqualTo(before);
    }

    private long insert(long jobInstanceId, long sampleSize, BigDecimal brier, BigDecimal calibration,
            BigDecimal spiegelhalterZ, BigDecimal spiegelhalterP, String bins) throws SQLException {
        return Sql.insertReturningId(connection, INSERT, modelId, jobInstanceId, jobInstanceId * 10, AS_OF, sampleSize,
                brier, calibration, spiegelhalterZ, spiegelhalterP, bins);
    }
}
