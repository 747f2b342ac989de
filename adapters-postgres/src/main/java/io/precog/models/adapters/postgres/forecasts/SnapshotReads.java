package io.precog.models.adapters.postgres.forecasts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Read-only repeatable-read transactions, one of which exports its snapshot for the others to import,
 * so that readers on several connections see exactly the same data.
 */
final class SnapshotReads {

    /**
     * Memory a hash join may use before spilling to disk; the join of predictions with events builds
     * its hash table on the events.
     */
    private static final String WORK_MEM = "64MB";

    private SnapshotReads() {
    }

    static void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        setWorkMem(connection);
    }

    /** Begins a transaction and returns the id of its exported snapshot. */
    static String beginExported(Connection connection) throws SQLException {
        begin(connection);
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT pg_export_snapshot()")) {
            row.next();
            return row.getString(1);
        }
    }

    /** Begins a transaction that reads the snapshot exported by another transaction, which must still be open. */
    static void beginImported(Connection connection, String snapshot) throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try (PreparedStatement statement = connection.prepareStatement("SET TRANSACTION SNAPSHOT '"
                + snapshot.replace("'", "''") + "'")) {
            statement.execute();
        }
        setWorkMem(connection);
    }

    private static void setWorkMem(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL work_mem = '" + WORK_MEM + "'");
        }
    }
}
