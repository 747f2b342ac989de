package io.precog.models.adapters.postgres.store;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Error the server reported when it rejected a statement: the SQLSTATE and, for a constraint
 * violation, the constraint's name, as found in the cause chain of a MyBatis or JDBC exception.
 *
 * @param constraint null when the error names no constraint
 * @param message    the server's primary message, without the statement's text
 */
record DatabaseError(String sqlState, String constraint, String message) {

    /** Finds the first SQL error in the cause chain of {@code failure}. */
    static Optional<DatabaseError> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sqlException) {
                return Optional.of(of(innermost(sqlException)));
            }
        }
        return Optional.empty();
    }

    boolean is(String expectedSqlState, String expectedConstraint) {
        return expectedSqlState.equals(sqlState) && expectedConstraint.equals(constraint);
    }

    /** Returns the server's own error, which a batch failure wraps as its next exception. */
    private static SQLException innermost(SQLException exception) {
        SQLException current = exception;
        while (!(current instanceof PSQLException) && current.getNextException() != null) {
            current = current.getNextException();
        }
        return current;
    }

    private static DatabaseError of(SQLException exception) {
        if (exception instanceof PSQLException psqlException && psqlException.getServerErrorMessage() != null) {
            ServerErrorMessage server = psqlException.getServerErrorMessage();
            return new DatabaseError(exception.getSQLState(), server.getConstraint(), server.getMessage());
        }
        return new DatabaseError(exception.getSQLState(), null, exception.getMessage());
    }
}
