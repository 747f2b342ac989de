package io.precog.models.domain.config;

import java.math.BigDecimal;
import java.util.Map;

/** Writes a config as stored: members in insertion order, decimals with their scale ({@code 32.0}, {@code 1E+3}). */
final class CompactJsonWriter extends JsonWriter {

    static String toJson(Map<String, Object> config) {
        return new CompactJsonWriter().write(config);
    }

    @Override
    Iterable<Map.Entry<String, Object>> members(Map<String, Object> object) {
        return object.entrySet();
    }

    @Override
    String decimalText(BigDecimal decimal) {
        return decimal.toString();
    }
}
