package io.precog.models.adapters.postgres.forecasts;

/** A failed read of the database. The message names what was being read. */
public final class ForecastReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForecastReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
