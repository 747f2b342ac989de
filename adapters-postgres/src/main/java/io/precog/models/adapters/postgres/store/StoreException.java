package io.precog.models.adapters.postgres.store;

/**
 * A failure of the PostgreSQL store that is not a refusal of the domain, such as a lost connection or
 * a schema that does not match. The message names the operation, the SQLSTATE and the server's
 * message, never the statement's text, and the cause is the driver's exception.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StoreException(String operation, Throwable cause) {
        super(message(operation, cause), cause);
    }

    private static String message(String operation, Throwable cause) {
        return DatabaseError.of(cause)
                .map(error -> "Could not " + operation + ": SQLSTATE " + error.sqlState() + ", " + error.message())
                .orElseGet(() -> "Could not " + operation + ": " + cause.getClass().getSimpleName());
    }
}
