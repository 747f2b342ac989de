package io.precog.models.application;

import io.precog.models.domain.config.KeyPath;
import io.precog.models.domain.config.ModelConfig;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Lists the leaf values that differ between two configs. Numbers are compared by value, so {@code 32.0}
 * and {@code 32.00} do not differ; a list is compared element by element. Key paths are written as in
 * config errors, such as {@code models[1].weight}.
 */
final class ConfigDifferences {

    private ConfigDifferences() {
    }

    static List<ConfigDifference> between(ModelConfig a, ModelConfig b) {
        List<ConfigDifference> differences = new ArrayList<>();
        compare(KeyPath.ROOT, a.values(), b.values(), differences);
        return differences;
    }

    private static void compare(KeyPath path, Object a, Object b, List<ConfigDifference> out) {
        if (a instanceof Map<?, ?> mapA && b instanceof Map<?, ?> mapB) {
            TreeSet<String> keys = new TreeSet<>();
            mapA.keySet().forEach(key -> keys.add((String) key));
            mapB.keySet().forEach(key -> keys.add((String) key));
            for (String key : keys) {
                compare(path.key(key), mapA.get(key), mapB.get(key), out);
            }
        } else if (a instanceof List<?> listA && b instanceof List<?> listB) {
            for (int i = 0; i < Math.max(listA.size(), listB.size()); i++) {
                compare(path.index(i), i < listA.size() ? listA.get(i) : null,
                        i < listB.size() ? listB.get(i) : null, out);
            }
        } else if (!sameValue(a, b)) {
            out.add(new ConfigDifference(path.toString(), a, b));
        }
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Number numberA && b instanceof Number numberB) {
            return decimal(numberA).compareTo(decimal(numberB)) == 0;
        }
        return Objects.equals(a, b);
    }

    private static BigDecimal decimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        return BigDecimal.valueOf(number.longValue());
    }
}
