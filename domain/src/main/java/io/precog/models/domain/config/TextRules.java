package io.precog.models.domain.config;

/**
 * Rules for the text of config strings and keys. The text must be well-formed Unicode without
 * U+0000, because PostgreSQL's {@code jsonb} type, where configs are stored, rejects both the NUL
 * character and unpaired surrogates.
 */
final class TextRules {

    private TextRules() {
    }

    /**
     * Checks {@code text} and returns it.
     *
     * @param kind {@code "string"} or {@code "key"}, for the message
     * @throws io.precog.models.domain.error.InvalidConfigException naming {@code path} if the text contains
     *         U+0000 or an unpaired surrogate
     */
    static String check(String text, String kind, KeyPath path) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                throw ConfigViolations.nulCharacter(path, kind, i);
            }
            if (Character.isSurrogate(c) && isUnpairedSurrogate(text, i)) {
                throw ConfigViolations.unpairedSurrogate(path, kind, c, i);
            }
        }
        return text;
    }

    /** Tells whether the surrogate at {@code i} lacks the other half of its pair. */
    static boolean isUnpairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
}
