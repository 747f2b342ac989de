package io.precog.models.adapters.postgres.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.postgres.database.SchemaConstraints;
import io.precog.models.adapters.postgres.database.SqlStates;
import io.precog.models.adapters.postgres.testing.PostgresTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.util.ServerErrorMessage;

@PostgresTest
class StatusHistoryIT {

    private static final String INSERT = """
            INSERT INTO model_status_history (model_id, from_status, to_status, changed_at, changed_by, notes)
            VALUES (?, ?, ?, ?, 'alice', 'ready for shadow trading')
            RETURNING history_id""";
    private static final OffsetDateTime CHANGED_AT = OffsetDateTime.parse("2024-09-02T08:30:00Z");

    private final DataSource dataSource;
    private Connection connection;
    private long modelId;

    StatusHistoryIT(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @BeforeEach
    void insertModel() throws SQLException {
        connection = dataSource.getConnection();
        modelId = ModelRow.valid("history_" + System.nanoTime()).insert(connection);
    }

    @AfterEach
    void disconnect() throws SQLException {
        connection.close();
    }

    @Test
    void appendsAllowedTransition() throws SQLException {
        long historyId = Sql.moveStatus(connection, modelId, "draft", "testing");

        assertThat(Sql.text(connection, "SELECT concat_ws(' ', from_status, to_status, changed_by, notes)"
                + " FROM model_status_history WHERE history_id = ?", historyId))
                .isEqualTo("draft testing alice ready for shadow trading");
    }

    @Test
    void rejectsTransitionTheLifecycleDoesNotAllow() {
        ServerErrorMessage error = Sql.rejection(SqlStates.FOREIGN_KEY_VIOLATION, connection, INSERT, modelId,
                "draft", "active", CHANGED_AT);

        assertThat(error.getConstraint()).isEqualTo(SchemaConstraints.HISTORY_TRANSITION_REFERENCE);
    }

    @Test
    void rejectsCreationRowWithoutFromStatus() {
        ServerErrorMessage error = Sql.rejection(SqlStates.NOT_NULL_VIOLATION, connection, INSERT, modelId,
                null, "draft", CHANGED_AT);

        assertThat(error.getColumn()).isEqualTo("from_status");
    }

    @Test
    void rejectsUpdate() throws SQLException {
        long historyId = Sql.moveStatus(connection, modelId, "draft", "testing");
        String before = Sql.row(connection, "model_status_history", "history_id", historyId);

        ServerErrorMessage error = Sql.rejection(SqlStates.APPEND_ONLY, connection,
                "UPDATE model_status_history SET notes = 'rewritten' WHERE history_id = ?", historyId);

        assertThat(error.getMessage())
                .isEqualTo("UPDATE of model_status_history rows is not allowed: they are never changed or removed");
        assertThat(Sql.row(connection, "model_status_history", "history_id", historyId)).isEqualTo(before);
    }

    @Test
    void rejectsDelete() throws SQLException {
        long historyId = Sql.moveStatus(connection, modelId, "draft", "testing");
        String before = Sql.row(connection, "model_status_history", "history_id", historyId);

        Sql.rejection(SqlStates.APPEND_ONLY, connection, "DELETE FROM model_status_history WHERE history_id = ?",
                historyId);

        assertThat(Sql.row(connection, "model_status_history", "history_id", historyId)).isEqualTo(before);
    }

    @Test
    void rejectsTruncate() throws SQLException {
        long historyId = Sql.moveStatus(connection, modelId, "draft", "testing");

        Sql.rejection(SqlStates.APPEND_ONLY, connection, "TRUNCATE model_status_history");

        assertThat(Sql.text(connection, "SELECT count(*) FROM model_status_history WHERE history_id = ?", historyId))
                .isEqualTo("1");
    }

    @Test
    void rejectsHistoryRowWithoutStatusChange() throws SQLException {
        ServerErrorMessage error = Sql.rejection(SqlStates.STATUS_CHANGE_UNRECORDED, connection, INSERT, modelId,
                "draft", "testing", CHANGED_AT);

        assertThat(error.getMessage()).isEqualTo("status history row of model " + modelId
                + " records a move from draft to testing that did not take place");
        assertThat(Sql.text(connection, "SELECT count(*) FROM model_status_history WHERE model_id = ?", modelId))
                .isEqualTo("0");
    }

    @Test
    void rejectsStatusChangeWithoutHistoryRow() throws SQLException {
        ServerErrorMessage error = Sql.rejection(SqlStates.STATUS_CHANGE_UNRECORDED, connection,
                "UPDATE probability_models SET status = 'testing' WHERE model_id = ?", modelId);

        assertThat(error.getMessage())
                .isEqualTo("model " + modelId + " moved from draft to testing without a status history row");
        assertThat(Sql.text(connection, "SELECT status FROM probability_models WHERE model_id = ?", modelId))
                .isEqualTo("draft");
    }

    @Test
    void acceptsTwoRecordedMovesInOneTransaction() throws SQLException {
        Sql.inTransaction(connection, () -> {
            Sql.update(connection, "UPDATE probability_models SET status = 'testing' WHERE model_id = ?", modelId);
            Sql.insertReturningId(connection, INSERT, modelId, "draft", "testing", CHANGED_AT);
            Sql.update(connection, "UPDATE probability_models SET status = 'active' WHERE model_id = ?", modelId);
            return Sql.insertReturningId(connection, INSERT, modelId, "testing", "active", CHANGED_AT);
        });

        assertThat(Sql.texts(connection, "SELECT from_status || '->' || to_status FROM model_status_history"
                + " WHERE model_id = ? ORDER BY history_id", modelId))
                .containsExactly("draft->testing", "testing->active");
    }

    @Test
    void rejectsChangeOfTheLifecycleTable() throws SQLException {
        Sql.rejection(SqlStates.APPEND_ONLY, connection,
                "INSERT INTO model_status_transitions (from_status, to_status) VALUES ('active', 'draft')");

        assertThat(Sql.text(connection, "SELECT count(*) FROM model_status_transitions")).isEqualTo("6");
    }
}
