package io.precog.models.domain.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes a checked config tree as JSON without whitespace. Subclasses choose the order of object
 * members and the text of numbers; strings are escaped by {@link JsonStrings} in every form.
 */
abstract class JsonWriter {

    private final StringBuilder out = new StringBuilder();

    final String write(Map<String, Object> root) {
        writeObject(root);
        return out.toString();
    }

    /** Members of {@code object} in the order they are written. */
    abstract Iterable<Map.Entry<String, Object>> members(Map<String, Object> object);

    abstract String decimalText(BigDecimal decimal);

    private void writeValue(Object value) {
        if (value instanceof String text) {
            JsonStrings.append(out, text);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimalText(decimal));
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> object) {
            writeObject(object);
        } else if (value instanceof List<?> list) {
            writeArray(list);
        } else {
            throw new IllegalStateException("Unchecked config value of type " + value.getClass().getName());
        }
    }

    private void writeObject(Map<?, ?> object) {
        @SuppressWarnings("unchecked")
        Map<String, Object> checked = (Map<String, Object>) object;
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> member : members(checked)) {
            if (!first) {
                out.append(',');
            }
            first = false;
            JsonStrings.append(out, member.getKey());
            out.append(':');
            writeValue(member.getValue());
        }
        out.append('}');
    }

    private void writeArray(List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeValue(list.get(i));
        }
        out.append(']');
    }
}
