package io.precog.models.domain.model;

import io.precog.models.domain.error.InvalidValueException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Rule for instants given by callers: years 1 to 9999, kept to the microsecond as storage keeps them. */
public final class Timestamps {

    /** Earliest accepted instant, the start of year 1. */
    public static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");

    /** Latest accepted instant, the end of year 9999. */
    public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999Z");

    private Timestamps() {
    }

    /**
     * Returns {@code instant} truncated to microseconds, or null when it is null.
     *
     * @throws InvalidValueException naming the field when the instant lies outside years 1 to 9999
     */
    public static Instant storable(String field, Instant instant) {
        if (instant == null) {
            return null;
        }
        if (instant.isBefore(MIN) || instant.isAfter(MAX)) {
            throw new InvalidValueException(field, instant, "must lie in the years 1 to 9999, in UTC");
        }
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
