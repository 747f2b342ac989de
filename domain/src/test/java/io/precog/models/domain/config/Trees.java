package io.precog.models.domain.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds mutable config trees in tests; unlike {@link Map#of}, they keep key order and accept nulls. */
final class Trees {

    private Trees() {
    }

    /** Builds a map from alternating keys and values, as in {@code object("a", 1, "b", 2)}. */
    static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Expected keys and values in pairs, got " + keysAndValues.length + " items");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static List<Object> array(Object... elements) {
        return new ArrayList<>(Arrays.asList(elements));
    }
}
