package io.precog.models.batch.command;

/** The command line names an unknown command or option, or gives an option a value it cannot take. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
