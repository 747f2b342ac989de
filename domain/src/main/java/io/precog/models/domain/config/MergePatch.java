package io.precog.models.domain.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7396) over config trees. A map in the patch is merged into the map at the
 * same key, or into an empty map if the target has none there. A null removes the key, and any other
 * value, lists included, replaces the target value. Kept keys keep their position, new keys are
 * appended, and the result is not yet checked against the config rules.
 */
final class MergePatch {

    private MergePatch() {
    }

    static Map<Object, Object> apply(Map<String, Object> target, Map<?, ?> patch) {
        return merge(target, patch, KeyPath.ROOT, 1);
    }

    private static Map<Object, Object> merge(Map<?, ?> target, Map<?, ?> patch, KeyPath path, int depth) {
        if (depth > ModelConfig.MAX_DEPTH) {
            throw ConfigViolations.tooDeep(path, depth);
        }
        Map<Object, Object> result = new LinkedHashMap<>(target);
        for (Map.Entry<?, ?> entry : patch.entrySet()) {
            Object key = entry.getKey();
            Object value = entry.getValue();
            if (value == null) {
                result.remove(key);
            } else if (value instanceof Map<?, ?> nestedPatch) {
                Object existing = result.get(key);
                Map<?, ?> nestedTarget = existing instanceof Map<?, ?> object ? object : Map.of();
                result.put(key, merge(nestedTarget, nestedPatch, childPath(path, key), depth + 1));
            } else {
                result.put(key, value);
            }
        }
        return result;
    }

    private static KeyPath childPath(KeyPath parent, Object key) {
        return parent.key(String.valueOf(key));
    }
}
