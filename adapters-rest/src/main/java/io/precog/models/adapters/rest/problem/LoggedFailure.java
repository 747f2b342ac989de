package io.precog.models.adapters.rest.problem;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Copy of a failure for the log, with its message and those of its causes and suppressed failures escaped by
 * {@link LogText}, so that a database error quoting a value from the request cannot forge log lines. Each message
 * starts with the class of the original failure, and the stack traces are the original ones.
 */
public final class LoggedFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private LoggedFailure(Throwable original) {
        super(original.getClass().getName()
                + (original.getMessage() == null ? "" : ": " + LogText.of(original.getMessage())));
        setStackTrace(original.getStackTrace());
    }

    /** Returns the escaped copy of {@code failure}, with escaped copies of its causes and suppressed failures. */
    public static LoggedFailure of(Throwable failure) {
        return copy(failure, new IdentityHashMap<>());
    }

    private static LoggedFailure copy(Throwable failure, Map<Throwable, LoggedFailure> copies) {
        LoggedFailure existing = copies.get(failure);
        if (existing != null) {
            return existing;
        }
        LoggedFailure copy = new LoggedFailure(failure);
        copies.put(failure, copy);
        Throwable cause = failure.getCause();
        if (cause != null && cause != failure) {
            copy.initCause(copy(cause, copies));
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            copy.addSuppressed(copy(suppressed, copies));
        }
        return copy;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
