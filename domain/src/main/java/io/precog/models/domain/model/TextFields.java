package io.precog.models.domain.model;

import io.precog.models.domain.error.InvalidValueException;

/** Limits of free-text fields such as descriptions, notes and actor names. */
public final class TextFields {

    /** Maximum length of a description or notes, in characters. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    /** Maximum length of an actor id, in characters. */
    public static final int MAX_ACTOR_LENGTH = 200;

    private TextFields() {
    }

    /** Returns {@code value}, or null when it is null; rejects text longer than {@link #MAX_TEXT_LENGTH}. */
    public static String optional(String field, String value) {
        if (value != null && value.length() > MAX_TEXT_LENGTH) {
            throw new InvalidValueException(field, Identifiers.abbreviate(value),
                    "is " + value.length() + " characters long; the maximum is " + MAX_TEXT_LENGTH);
        }
        return value;
    }
}
