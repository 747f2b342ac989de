package io.precog.models.domain.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes the canonical form of a config, which is equal for configs of equal content.
 *
 * <p>Object members are sorted by key, comparing Unicode code points. Every number is written in
 * plain notation with no trailing fractional zeros and no exponent, so the decimals {@code 32.0},
 * {@code 32.00} and {@code 3.2E+1} and the integer {@code 32} are all written {@code 32}, and
 * {@code 0.40} is written {@code 0.4}. List order is kept, and there is no whitespace.
 */
final class CanonicalJsonWriter extends JsonWriter {

    private static final Comparator<String> BY_CODE_POINT = CanonicalJsonWriter::compareCodePoints;

    static String toJson(Map<String, Object> config) {
        return new CanonicalJsonWriter().write(config);
    }

    @Override
    Iterable<Map.Entry<String, Object>> members(Map<String, Object> object) {
        List<Map.Entry<String, Object>> sorted = new ArrayList<>(object.entrySet());
        sorted.sort(Map.Entry.comparingByKey(BY_CODE_POINT));
        return sorted;
    }

    @Override
    String decimalText(BigDecimal decimal) {
        return decimal.stripTrailingZeros().toPlainString();
    }

    /**
     * Compares by code point rather than by UTF-16 unit as {@link String#compareTo} does. The two
     * orders differ when a character above U+FFFF meets one from U+E000 to U+FFFF.
     */
    private static int compareCodePoints(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(left.length() - i, right.length() - j);
    }
}
