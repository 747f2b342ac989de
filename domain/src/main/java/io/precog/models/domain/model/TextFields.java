package io.precog.models.domain.model;

import io.precog.models.domain.error.InvalidValueException;
import java.util.Locale;

/** Limits of free-text fields such as descriptions, notes and actor names. */
public final class TextFields {

    /** Maximum length of a description or notes, in characters. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    /** Maximum length of an actor id, in characters. */
    public static final int MAX_ACTOR_LENGTH = 200;

    private TextFields() {
    }

    /**
     * Returns {@code value}, or null when it is null. Rejects text longer than {@link #MAX_TEXT_LENGTH}
     * and text that cannot be stored as it is (see {@link #requireStorable}).
     */
    public static String optional(String field, String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_TEXT_LENGTH) {
            throw new InvalidValueException(field, Identifiers.abbreviate(value),
                    "is " + value.length() + " characters long; the maximum is " + MAX_TEXT_LENGTH);
        }
        return requireStorable(field, value);
    }

    /**
     * Returns {@code value} when every character can be stored unchanged: PostgreSQL's text cannot contain
     * U+0000, and an unpaired UTF-16 surrogate has no UTF-8 encoding.
     *
     * @throws InvalidValueException naming the field and the position of the first such character
     */
    public static String requireStorable(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                throw new InvalidValueException(field, null,
                        "contains the NUL character (U+0000) at index " + i + "; remove it");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidValueException(field, null, "contains an unpaired UTF-16 surrogate (U+"
                        + Integer.toHexString(c).toUpperCase(Locale.ROOT) + ") at index " + i
                        + "; send valid Unicode text");
            }
        }
        return value;
    }
}
