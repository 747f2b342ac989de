package io.precog.models.domain.config;

import io.precog.models.domain.error.InvalidConfigException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;

/** Builds the exception for each config rule, with a reason that names the value and the fix. */
final class ConfigViolations {

    private static final int MAX_QUOTED_LENGTH = 40;
    private static final String ALLOWED_TYPES =
            "A config holds String, Boolean, Integer, Long, BigInteger, BigDecimal, List and Map with String keys";

    private ConfigViolations() {
    }

    static InvalidConfigException missing(String subject) {
        return whole(subject + " is missing, so give a map with at least one key");
    }

    static InvalidConfigException emptyConfig() {
        return whole("config is empty, so give it at least one key");
    }

    static InvalidConfigException emptyPatch() {
        return whole("patch is empty, so give at least one key to set or replace,"
                + " or a key with a null value to remove it");
    }

    static InvalidConfigException tooLarge(long bytes) {
        return whole("config is " + bytes + " bytes as compact UTF-8 JSON, more than the limit of "
                + ModelConfig.MAX_SERIALIZED_BYTES + ", so keep large data such as tables or weights"
                + " outside the config and refer to it by name");
    }

    /** @param size the size of the value, such as {@code string is 70000 characters long} */
    static InvalidConfigException valueTooLarge(KeyPath path, String size) {
        return at(path, size + ", which alone exceeds the limit of "
                + ModelConfig.MAX_SERIALIZED_BYTES + " bytes for the whole config as compact UTF-8 JSON,"
                + " so keep large data outside the config and refer to it by name");
    }

    static InvalidConfigException tooDeep(KeyPath path, int depth) {
        return at(path, "nesting depth is " + depth + ", more than the limit of " + ModelConfig.MAX_DEPTH
                + " (the top-level object is depth 1), so flatten the structure, for example by joining"
                + " nested keys into one");
    }

    static InvalidConfigException nullValue(KeyPath path) {
        return at(path, "value is null, which a config cannot hold, so omit the key to leave it unset");
    }

    static InvalidConfigException nullElement(KeyPath path) {
        return at(path, "list element is null, which a config cannot hold, so remove the element");
    }

    static InvalidConfigException nullKey(KeyPath parent) {
        return at(parent, "a key is null, so give every key a name of 1 to " + ModelConfig.MAX_KEY_LENGTH
                + " characters");
    }

    static InvalidConfigException keyNotString(KeyPath parent, Object key) {
        return at(parent, "key " + quoted(String.valueOf(key)) + " is a " + key.getClass().getTypeName()
                + ", but keys must be strings, so write it as the String " + quoted(String.valueOf(key)));
    }

    static InvalidConfigException emptyKey(KeyPath path) {
        return at(path, "key is empty, so give it a name of 1 to " + ModelConfig.MAX_KEY_LENGTH + " characters");
    }

    static InvalidConfigException keyTooLong(KeyPath parent, String key, int length) {
        return at(parent, "key " + quoted(key) + " is " + length + " characters long, more than the limit of "
                + ModelConfig.MAX_KEY_LENGTH + ", so shorten it");
    }

    static InvalidConfigException nulCharacter(KeyPath path, String kind, int index) {
        return at(path, kind + " contains the NUL character U+0000 at index " + index
                + ", which JSON storage cannot hold, so remove it");
    }

    static InvalidConfigException unpairedSurrogate(KeyPath path, String kind, char surrogate, int index) {
        return at(path, kind + " contains the unpaired surrogate U+" + Integer.toHexString(surrogate).toUpperCase()
                + " at index " + index + ", which is not valid Unicode, so fix the encoding of the text");
    }

    static InvalidConfigException floatingPoint(KeyPath path, Number value) {
        String type = value instanceof Float ? "float" : "double";
        String literal = value.toString();
        double number = value.doubleValue();
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return at(path, type + " " + literal + " is not allowed because a config holds only exact numbers and "
                    + literal + " has no decimal value, so omit the key or store the meaning as the string \""
                    + literal + "\"");
        }
        return at(path, type + " " + literal + " is not allowed because binary floating point cannot hold most"
                + " decimals exactly, so write the number as a decimal, new BigDecimal(\"" + literal + "\"),"
                + " or write it in YAML or JSON input, where numbers are read as exact decimals");
    }

    static InvalidConfigException scaleOutOfRange(KeyPath path, String decimal, int scale) {
        return at(path, "decimal " + abbreviated(decimal) + " has scale " + scale + ", outside the allowed range -"
                + NumberRules.MAX_ABS_SCALE + " to " + NumberRules.MAX_ABS_SCALE
                + ", so write it with fewer digits after the point or a smaller exponent, or as a string");
    }

    static InvalidConfigException unsupportedType(KeyPath path, Object value) {
        return at(path, "a value of type " + value.getClass().getTypeName() + " is not allowed. " + ALLOWED_TYPES
                + ", so " + conversionHint(value));
    }

    private static String conversionHint(Object value) {
        if (value.getClass().isArray() || value instanceof Collection) {
            return "put the elements in a java.util.List";
        }
        if (value instanceof Character) {
            return "write it as a String";
        }
        if (value instanceof Number) {
            return "write it as a BigDecimal, or as an Integer, Long or BigInteger if it is an integer";
        }
        if (value instanceof TemporalAccessor || value instanceof Date) {
            return "write it as an ISO-8601 string";
        }
        if (value instanceof Enum<?> constant) {
            return "write it as the string \"" + constant.name() + "\"";
        }
        return "convert it to one of these types";
    }

    private static String quoted(String text) {
        return JsonStrings.quote(abbreviated(text));
    }

    private static String abbreviated(String text) {
        if (text.length() <= MAX_QUOTED_LENGTH) {
            return text;
        }
        int end = MAX_QUOTED_LENGTH;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static InvalidConfigException whole(String reason) {
        return new InvalidConfigException("", reason);
    }

    private static InvalidConfigException at(KeyPath path, String reason) {
        return new InvalidConfigException(path.toString(), reason);
    }
}
