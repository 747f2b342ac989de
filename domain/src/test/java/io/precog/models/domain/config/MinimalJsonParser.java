package io.precog.models.domain.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON the way the adapters read configs: a number with a fraction or an exponent becomes a
 * BigDecimal as written, any other number a BigInteger, and objects keep their key order. Written
 * independently of the production writer so that round trips check it.
 */
final class MinimalJsonParser {

    private final String text;
    private int position;

    private MinimalJsonParser(String text) {
        this.text = text;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parseObject(String json) {
        MinimalJsonParser parser = new MinimalJsonParser(json);
        Object value = parser.value();
        if (parser.position != json.length()) {
            throw parser.error("end of input");
        }
        return (Map<String, Object>) value;
    }

    private Object value() {
        char c = peek();
        if (c == '{') {
            return object();
        }
        if (c == '[') {
            return array();
        }
        if (c == '"') {
            return string();
        }
        if (text.startsWith("true", position)) {
            position += 4;
            return Boolean.TRUE;
        }
        if (text.startsWith("false", position)) {
            position += 5;
            return Boolean.FALSE;
        }
        return number();
    }

    private Map<String, Object> object() {
        Map<String, Object> object = new LinkedHashMap<>();
        expect('{');
        if (peek() == '}') {
            position++;
            return object;
        }
        do {
            String key = string();
            expect(':');
            object.put(key, value());
        } while (consume(','));
        expect('}');
        return object;
    }

    private List<Object> array() {
        List<Object> array = new ArrayList<>();
        expect('[');
        if (peek() == ']') {
            position++;
            return array;
        }
        do {
            array.add(value());
        } while (consume(','));
        expect(']');
        return array;
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (peek() != '"') {
            char c = text.charAt(position++);
            if (c < 0x20) {
                throw error("escaped control character");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escape = text.charAt(position++);
            switch (escape) {
                case '"', '\\', '/' -> out.append(escape);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    position += 4;
                }
                default -> throw error("valid escape");
            }
        }
        position++;
        return out.toString();
    }

    private Number number() {
        int start = position;
        while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        String literal = text.substring(start, position);
        if (literal.isEmpty()) {
            throw error("value");
        }
        boolean decimal = literal.indexOf('.') >= 0 || literal.indexOf('e') >= 0 || literal.indexOf('E') >= 0;
        return decimal ? new BigDecimal(literal) : new BigInteger(literal);
    }

    private char peek() {
        if (position >= text.length()) {
            throw error("more input");
        }
        return text.charAt(position);
    }

    private boolean consume(char expected) {
        if (position < text.length() && text.charAt(position) == expected) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(char expected) {
        if (!consume(expected)) {
            throw error("'" + expected + "'");
        }
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException("Expected " + expected + " at offset " + position + " of " + text);
    }
}
