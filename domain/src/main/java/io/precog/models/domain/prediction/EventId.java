package io.precog.models.domain.prediction;

import io.precog.models.domain.error.InvalidValueException;
import java.util.regex.Pattern;

/** Stable external id of an event, such as {@code nfl-2019-09-05-chi-gb}: 1 to 200 characters. */
public record EventId(String value) {

    /** Maximum length of an event id. */
    public static final int MAX_LENGTH = 200;

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]*");

    public EventId {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("event_id", null, "missing; give the event's stable id");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("event_id", value.substring(0, 40) + "...",
                    "is " + value.length() + " characters long; the maximum is " + MAX_LENGTH);
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("event_id", value,
                    "use a letter or digit followed by letters, digits, '_', '.', ':' or '-'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
