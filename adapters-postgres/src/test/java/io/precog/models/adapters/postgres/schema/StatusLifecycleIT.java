package io.precog.models.adapters.postgres.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.postgres.database.SqlStates;
import io.precog.models.adapters.postgres.testing.PostgresTest;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postgresql.util.ServerErrorMessage;

/** Every pair of statuses, with the verdict of the lifecycle table in the design. */
@PostgresTest
class StatusLifecycleIT {

    private final DataSource dataSource;
    private Connection connection;

    StatusLifecycleIT(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @BeforeEach
    void connect() throws SQLException {
        connection = dataSource.getConnection();
    }

    @AfterEach
    void disconnect() throws SQLException {
        connection.close();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(textBlock = """
            draft,      draft,      unchanged
            draft,      testing,    allowed
            draft,      active,     rejected
            draft,      deprecated, allowed
            testing,    draft,      allowed
            testing,    testing,    unchanged
            testing,    active,     allowed
            testing,    deprecated, allowed
            active,     draft,      rejected
            active,     testing,    rejected
            active,     active,     unchanged
            active,     deprecated, allowed
            deprecated, draft,      rejected
            deprecated, testing,    rejected
            deprecated, active,     rejected
            deprecated, deprecated, unchanged
            """)
    void appliesLifecycleTable(String from, String to, String verdict) throws SQLException {
        long modelId = modelIn(from);
        String update = "UPDATE probability_models SET status = ? WHERE model_id = ?";

        if (verdict.equals("rejected")) {
            ServerErrorMessage error = Sql.rejection(SqlStates.ILLEGAL_STATUS_TRANSITION, connection, update, to,
                    modelId);

            assertThat(error.getMessage()).isEqualTo("model " + modelId + " cannot move from " + from + " to " + to);
            assertThat(error.getColumn()).isEqualTo("status");
            assertThat(statusOf(modelId)).isEqualTo(from);
        } else if (verdict.equals("allowed")) {
            Sql.moveStatus(connection, modelId, from, to);
            assertThat(statusOf(modelId)).isEqualTo(to);
        } else {
            assertThat(Sql.update(connection, update, to, modelId)).isEqualTo(1);
            assertThat(statusOf(modelId)).isEqualTo(to);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            draft      | active  | allowed from draft: deprecated, testing
            active     | testing | allowed from active: deprecated
            deprecated | draft   | allowed from deprecated: none
            """)
    void listsAllowedTargetsInDetail(String from, String to, String detail) throws SQLException {
        long modelId = modelIn(from);

        ServerErrorMessage error = Sql.rejection(SqlStates.ILLEGAL_STATUS_TRANSITION, connection,
                "UPDATE probability_models SET status = ? WHERE model_id = ?", to, modelId);

        assertThat(error.getDetail()).isEqualTo(detail);
    }

    @Test
    void appliesLifecycleWhateverTheSessionSearchPath() throws SQLException {
        long modelId = modelIn("draft");
        String schema = Sql.text(connection, "SELECT current_schema()");
        String update = "UPDATE " + schema + ".probability_models SET status = ? WHERE model_id = ?";
        Sql.update(connection, "SET search_path TO pg_catalog");
        try {
            Sql.rejection(SqlStates.ILLEGAL_STATUS_TRANSITION, connection, update, "active", modelId);
            int updated = Sql.inTransaction(connection, () -> {
                int rows = Sql.update(connection, update, "testing", modelId);
                Sql.update(connection, "INSERT INTO " + schema + ".model_status_history"
                        + " (model_id, from_status, to_status, changed_at, changed_by)"
                        + " VALUES (?, 'draft', 'testing', pg_catalog.now(), 'alice')", modelId);
                return rows;
            });
            assertThat(updated).isEqualTo(1);
        } finally {
            Sql.update(connection, "RESET search_path");
        }

        assertThat(statusOf(modelId)).isEqualTo("testing");
    }

    /** Inserts a model and moves it along legal transitions until it has the given status. */
    private long modelIn(String status) throws SQLException {
        String initial = status.equals("deprecated") ? "draft" : status;
        long modelId = ModelRow.valid("lifecycle_" + System.nanoTime()).withStatus(initial).insert(connection);
        if (status.equals("deprecated")) {
            Sql.moveStatus(connection, modelId, "draft", "deprecated");
        }
        return modelId;
    }

    private String statusOf(long modelId) throws SQLException {
        return Sql.text(connection, "SELECT status FROM probability_models WHERE model_id = ?", modelId);
    }
}
