package io.precog.models.adapters.postgres.schema;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.params.provider.CsvSource;
import org.postgresql.util.ServerErrorMessage;

@PostgresTest
class ModelImmutabilityIT {

    private final DataSource dataSource;
    private Connection connection;
    private long modelId;

    ModelImmutabilityIT(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @BeforeEach
    void insertModel() throws SQLException {
        connection = dataSource.getConnection();
        modelId = ModelRow.valid("immutable_" + System.nanoTime()).insert(connection);
    }

    @AfterEach
    void disconnect() throws SQLException {
        connection.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            model_id           | model_id = DEFAULT
            model_name         | model_name = 'renamed'
            model_version      | model_version = 'v1.0.0'
            version_major      | version_major = 2
            version_minor      | version_minor = 1
            version_patch      | version_patch = 1
            model_class        | model_class = 'logistic'
            domain             | domain = 'nba'
            config             | config = '{"k_factor": 32, "home_advantage": 65.0}'
            config             | config = '{"k_factor": 20, "home_advantage": 65}'
            config             | config = '{"k_factor": 20, "home_advantage": 65.00}'
            config_fingerprint | config_fingerprint = 'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff'
            created_at         | created_at = created_at + interval '1 second'
            created_by         | created_by = 'mallory'
            """)
    void rejectsChangeOfImmutableColumn(String column, String assignment) throws SQLException {
        String before = Sql.row(connection, "probability_models", "model_id", modelId);

        ServerErrorMessage error = Sql.rejection(SqlStates.IMMUTABLE_COLUMN, connection,
                "UPDATE probability_models SET " + assignment + " WHERE model_id = ?", modelId);

        assertThat(error.getMessage()).isEqualTo("column probability_models." + column + " is immutable and cannot be changed");
        assertThat(error.getColumn()).isEqualTo(column);
        assertThat(error.getTable()).isEqualTo("probability_models");
        assertThat(Sql.row(connection, "probability_models", "model_id", modelId)).isEqualTo(before);
    }

    @Test
    void rejectsImmutableChangeHiddenAmongMutableOnes() throws SQLException {
        String before = Sql.row(connection, "probability_models", "model_id", modelId);

        ServerErrorMessage error = Sql.rejection(SqlStates.IMMUTABLE_COLUMN, connection,
                "UPDATE probability_models SET notes = 'tuned', model_class = 'xgboost' WHERE model_id = ?", modelId);

        assertThat(error.getColumn()).isEqualTo("model_class");
        assertThat(Sql.row(connection, "probability_models", "model_id", modelId)).isEqualTo(before);
    }

    @Test
    void acceptsConfigWrittenAgainWithKeysReordered() throws SQLException {
        int updated = Sql.update(connection, "UPDATE probability_models"
                + " SET config = '{\"home_advantage\": 65.0, \"k_factor\": 20}' WHERE model_id = ?", modelId);

        assertThat(updated).isEqualTo(1);
    }

    @Test
    void acceptsChangesOfMutableColumns() throws SQLException {
        OffsetDateTime validatedAt = OffsetDateTime.parse("2024-09-10T03:00:00Z");

        int updated = Sql.update(connection, """
                UPDATE probability_models
                SET description = 'Elo with home advantage', notes = 'tuned on 2023', validation_calibration = ?,
                    validation_accuracy = ?, validation_sample_size = 256, last_validated_at = ?, updated_at = ?
                WHERE model_id = ?""", new BigDecimal("0.92"), new BigDecimal("0.6450"), validatedAt, validatedAt,
                modelId);
        Sql.moveStatus(connection, modelId, "draft", "testing");

        assertThat(updated).isEqualTo(1);
        assertThat(Sql.text(connection, """
                SELECT concat_ws(' | ', description, notes, validation_calibration, validation_accuracy,
                    validation_sample_size, status)
                FROM probability_models WHERE model_id = ?""", modelId))
                .isEqualTo("Elo with home advantage | tuned on 2023 | 0.92 | 0.6450 | 256 | testing");
    }

    @Test
    void rejectsDelete() throws SQLException {
        String before = Sql.row(connection, "probability_models", "model_id", modelId);

        ServerErrorMessage error = Sql.rejection(SqlStates.APPEND_ONLY, connection,
                "DELETE FROM probability_models WHERE model_id = ?", modelId);

        assertThat(error.getMessage())
                .isEqualTo("DELETE of probability_models rows is not allowed: they are never changed or removed");
        assertThat(error.getHint()).isEqualTo("deprecate the version instead");
        assertThat(Sql.row(connection, "probability_models", "model_id", modelId)).isEqualTo(before);
    }

    @Test
    void rejectsTruncate() throws SQLException {
        Sql.rejection(SqlStates.APPEND_ONLY, connection, "TRUNCATE probability_models CASCADE");

        assertThat(Sql.text(connection, "SELECT count(*) FROM probability_models WHERE model_id = ?", modelId))
                .isEqualTo("1");
    }
}
