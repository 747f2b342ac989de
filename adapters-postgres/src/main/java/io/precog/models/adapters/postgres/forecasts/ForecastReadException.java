package io.precog.models.adapters.postgres.forecasts;

/** The database could not be read; the message says what was being read. */
public final class ForecastReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForecastReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
