package io.precog.models.domain.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a config tree against the config rules and copies it into unmodifiable maps and lists,
 * keeping the key order of each source map. It reports the first violation in that order.
 */
final class ConfigCopier {

    private ConfigCopier() {
    }

    /**
     * Returns an unmodifiable deep copy of {@code root}, whose keys keep the source order.
     *
     * @throws io.precog.models.domain.error.InvalidConfigException for the first value that breaks a
     *         rule, naming its key path; the serialized size is checked by the caller
     */
    static Map<String, Object> copy(Map<?, ?> root) {
        if (root == null) {
            throw ConfigViolations.missing("config");
        }
        if (root.isEmpty()) {
            throw ConfigViolations.emptyConfig();
        }
        return copyObject(root, KeyPath.ROOT, 1);
    }

    private static Map<String, Object> copyObject(Map<?, ?> source, KeyPath path, int depth) {
        checkDepth(path, depth);
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : source.entrySet()) {
            String key = checkedKey(entry.getKey(), path);
            KeyPath valuePath = path.key(key);
            Object value = entry.getValue();
            if (value == null) {
                throw ConfigViolations.nullValue(valuePath);
            }
            copy.put(key, copyValue(value, valuePath, depth));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static List<Object> copyList(List<?> source, KeyPath path, int depth) {
        checkDepth(path, depth);
        List<Object> copy = new ArrayList<>(source.size());
        for (Object element : source) {
            KeyPath elementPath = path.index(copy.size());
            if (element == null) {
                throw ConfigViolations.nullElement(elementPath);
            }
            copy.add(copyValue(element, elementPath, depth));
        }
        return Collections.unmodifiableList(copy);
    }

    private static Object copyValue(Object value, KeyPath path, int containerDepth) {
        if (value instanceof String text) {
            return checkedString(text, path);
        }
        if (value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return NumberRules.normalize(number, path);
        }
        if (value instanceof Map<?, ?> object) {
            return copyObject(object, path, containerDepth + 1);
        }
        if (value instanceof List<?> list) {
            return copyList(list, path, containerDepth + 1);
        }
        throw ConfigViolations.unsupportedType(path, value);
    }

    private static String checkedKey(Object key, KeyPath parent) {
        if (key == null) {
            throw ConfigViolations.nullKey(parent);
        }
        if (!(key instanceof String name)) {
            throw ConfigViolations.keyNotString(parent, key);
        }
        if (name.isEmpty()) {
            throw ConfigViolations.emptyKey(parent.key(name));
        }
        if (name.length() > ModelConfig.MAX_KEY_LENGTH
                && name.codePointCount(0, name.length()) > ModelConfig.MAX_KEY_LENGTH) {
            throw ConfigViolations.keyTooLong(parent, name, name.codePointCount(0, name.length()));
        }
        return TextRules.check(name, "key", parent.key(name));
    }

    private static String checkedString(String text, KeyPath path) {
        if (text.length() > ModelConfig.MAX_SERIALIZED_BYTES) {
            throw ConfigViolations.valueTooLarge(path, "string is " + text.length() + " characters long");
        }
        return TextRules.check(text, "string", path);
    }

    private static void checkDepth(KeyPath path, int depth) {
        if (depth > ModelConfig.MAX_DEPTH) {
            throw ConfigViolations.tooDeep(path, depth);
        }
    }
}
