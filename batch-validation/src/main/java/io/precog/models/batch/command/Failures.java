package io.precog.models.batch.command;

/** The reason of a failure in one line for the terminal: its message and, when it adds to it, its root cause's. */
public final class Failures {

    private Failures() {
    }

    public static String describe(Throwable failure) {
        Throwable root = rootCause(failure);
        String message = message(failure);
        if (root == failure || message.contains(message(root))) {
            return message;
        }
        return message + ": " + root.getClass().getSimpleName() + ": " + message(root);
    }

    /** Returns the innermost cause: for a failed start of the application, the exception that stopped it. */
    public static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String message(Throwable failure) {
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }
}
