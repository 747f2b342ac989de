package io.precog.models.domain.prediction;

import io.precog.models.domain.calibration.Outcome;
import io.precog.models.domain.error.InvalidValueException;
import java.util.Locale;

/** How an event ended: still pending, yes, no, or void (a tie or a cancelled market, never scored). */
public enum Resolution {
    PENDING,
    YES,
    NO,
    VOID;

    /** Lowercase name used in storage and on the wire. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The outcome to score, for a resolved event. */
    public Outcome outcome() {
        return switch (this) {
            case YES -> Outcome.YES;
            case NO -> Outcome.NO;
            case VOID -> Outcome.VOID;
            case PENDING -> throw new IllegalStateException("a pending event has no outcome yet");
        };
    }

    /**
     * Parses a lowercase resolution name.
     *
     * @throws InvalidValueException listing the valid names
     */
    public static Resolution parse(String text) {
        for (Resolution resolution : values()) {
            if (resolution.wireName().equals(text)) {
                return resolution;
            }
        }
        throw new InvalidValueException("resolution", text, "use one of pending, yes, no, void");
    }

    @Override
    public String toString() {
        return wireName();
    }
}
