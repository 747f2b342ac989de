package io.precog.models.adapters.rest.problem;

/**
 * Text of a value from a request, made safe to log. Control characters are escaped, so that a value can neither
 * end its log line and forge another one nor put a NUL byte into the log.
 *
 * <p>Carriage return, line feed, tab and NUL become {@code \r}, {@code \n}, {@code \t} and {@code \0}. The
 * other C0 and C1 controls, DEL, the Unicode line and paragraph separators and unpaired surrogates become
 * {@code \}{@code uXXXX}. A backslash is doubled, so that each escape in the log has one reading.
 */
public final class LogText {

    private LogText() {
    }

    /** Returns {@code String.valueOf(value)} with its control characters escaped, or that string if it has none. */
    public static String of(Object value) {
        String text = String.valueOf(value);
        int first = 0;
        while (first < text.length() && !needsEscape(text, first)) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(text, i)) {
                escaped.append(c);
                continue;
            }
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\0' -> escaped.append("\\0");
                default -> escaped.append(String.format("\\u%04X", (int) c));
            }
        }
        return escaped.toString();
    }

    private static boolean needsEscape(String text, int index) {
        char c = text.charAt(index);
        if (c == '\\' || c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
        }
        return false;
    }
}
