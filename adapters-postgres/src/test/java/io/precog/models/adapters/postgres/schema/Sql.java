package io.precog.models.adapters.postgres.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Plain JDBC for the schema tests: run a statement, read values back, expect a refusal. */
final class Sql {

    private Sql() {
    }

    /** Runs a statement with parameters and returns the number of rows it changed. */
    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** Runs a query and returns the first column of its only row as text, or null. */
    static String text(Connection connection, String sql, Object... parameters) throws SQLException {
        List<String> values = texts(connection, sql, parameters);
        assertThat(values).hasSize(1);
        return values.get(0);
    }

    /** Runs a query and returns the first column of every row as text. */
    static List<String> texts(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    /** Runs an insert ending in {@code RETURNING <id>} and returns the id. */
    static long insertReturningId(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).isTrue();
            return rows.getLong(1);
        }
    }

    /**
     * Moves a model to another status the way the application does, in one transaction with its history
     * row, and returns the history row's id.
     */
    static long moveStatus(Connection connection, long modelId, String from, String to) throws SQLException {
        return inTransaction(connection, () -> {
            update(connection, "UPDATE probability_models SET status = ? WHERE model_id = ?", to, modelId);
            return insertReturningId(connection, "INSERT INTO model_status_history"
                    + " (model_id, from_status, to_status, changed_at, changed_by, notes)"
                    + " VALUES (?, ?, ?, now(), 'alice', 'ready for shadow trading') RETURNING history_id",
                    modelId, from, to);
        });
    }

    /** Runs {@code work} in one transaction and commits it; the connection is back in autocommit afterwards. */
    static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Statements run by {@link #inTransaction}. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** Returns the whole row in PostgreSQL's text form of a record, to compare a row before and after. */
    static String row(Connection connection, String table, String idColumn, Object id) throws SQLException {
        return text(connection, "SELECT t::text FROM " + table + " t WHERE " + idColumn + " = ?", id);
    }

    /** Runs a statement that must fail with the given SQLSTATE, and returns the server's message. */
    static ServerErrorMessage rejection(String sqlState, Connection connection, String sql, Object... parameters) {
        Throwable thrown = catchThrowable(() -> update(connection, sql, parameters));
        assertThat(thrown).as("expected %s to fail with SQLSTATE %s", sql, sqlState).isInstanceOf(PSQLException.class);
        PSQLException failure = (PSQLException) thrown;
        assertThat(failure.getSQLState()).as(failure.getMessage()).isEqualTo(sqlState);
        return failure.getServerErrorMessage();
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
