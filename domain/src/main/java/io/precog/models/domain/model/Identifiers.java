package io.precog.models.domain.model;

import io.precog.models.domain.error.InvalidValueException;
import java.util.regex.Pattern;

/** Rule shared by model names, model classes and domains: a lowercase identifier of at most 100 characters. */
public final class Identifiers {

    /** Maximum length of a name, model class or domain. */
    public static final int MAX_LENGTH = 100;

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_.-]*");

    private Identifiers() {
    }

    /**
     * Returns {@code value} when it is a valid identifier.
     *
     * @throws InvalidValueException naming {@code field} when the value is null, too long or malformed
     */
    public static String requireIdentifier(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException(field, null, "missing; give a lowercase identifier such as nfl_elo");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(field, abbreviate(value),
                    "is " + value.length() + " characters long; the maximum is " + MAX_LENGTH);
        }
        if (!IDENTIFIER.matcher(value).matches()) {
            throw new InvalidValueException(field, value,
                    "use a lowercase letter followed by lowercase letters, digits, '_', '-' or '.', such as nfl_elo");
        }
        return value;
    }

    /** Shortens a long offending value for an error message, so that messages stay readable. */
    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
