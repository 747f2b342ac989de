package io.precog.models.adapters.postgres.forecasts;

/** The database refused or failed a bulk write; nothing of that write was stored. */
public final class ForecastWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForecastWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
