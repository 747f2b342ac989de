package io.precog.models.application.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns number literals into exact values: integers into {@code Integer}, {@code Long} or {@code BigInteger}, others into {@code BigDecimal}. */
final class ExactNumbers {

    /** A JSON number literal, with an optional leading '+', as YAML's core schema writes decimals. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9]*)?(\\.[0-9]*)?([eE][-+]?[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");

    private ExactNumbers() {
    }

    /** Parses {@code text} as an integer or decimal literal; empty when it is not a number. */
    static Optional<Object> parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || !containsDigit(trimmed)) {
            return Optional.empty();
        }
        if (INTEGER.matcher(trimmed).matches()) {
            return Optional.of(narrow(new BigInteger(trimmed)));
        }
        if (HEX.matcher(trimmed).matches()) {
            return Optional.of(narrow(new BigInteger(trimmed.substring(2), 16)));
        }
        if (OCTAL.matcher(trimmed).matches()) {
            return Optional.of(narrow(new BigInteger(trimmed.substring(2), 8)));
        }
        if (DECIMAL.matcher(trimmed).matches()) {
            return Optional.of(new BigDecimal(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed));
        }
        return Optional.empty();
    }

    /** Whether {@code text} is YAML's spelling of infinity or not-a-number, which have no exact value. */
    static boolean isNonFinite(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.equals(".nan") || lower.endsWith(".inf");
    }

    private static boolean containsDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }

    private static Object narrow(BigInteger value) {
        if (value.bitLength() < Integer.SIZE) {
            return value.intValue();
        }
        if (value.bitLength() < Long.SIZE) {
            return value.longValue();
        }
        return value;
    }
}
