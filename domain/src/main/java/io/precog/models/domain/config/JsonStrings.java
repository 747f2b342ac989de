package io.precog.models.domain.config;

/** Writes strings as RFC 8259 JSON string literals, the same way in every JSON form of a config. */
final class JsonStrings {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonStrings() {
    }

    /**
     * Appends {@code text} in double quotes. Quotation mark and reverse solidus get a backslash,
     * control characters below U+0020 get their short escape ({@code \n}) or {@code \}{@code u00xx}
     * in lowercase hex, and every other character is written as itself. An unpaired surrogate, which
     * configs reject but error messages may quote, is escaped as {@code \}{@code udxxx} so that the
     * output stays valid UTF-16.
     */
    static void append(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> appendPlainOrEscaped(out, text, i);
            }
        }
        out.append('"');
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        append(out, text);
        return out.toString();
    }

    private static void appendPlainOrEscaped(StringBuilder out, String text, int i) {
        char c = text.charAt(i);
        if (c >= 0x20 && !(Character.isSurrogate(c) && TextRules.isUnpairedSurrogate(text, i))) {
            out.append(c);
            return;
        }
        out.append("\\u")
                .append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
    }
}
