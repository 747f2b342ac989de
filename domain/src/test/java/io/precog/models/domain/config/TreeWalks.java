package io.precog.models.domain.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/** Test-side walks over config trees, written apart from the production code that they check. */
final class TreeWalks {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** A map or list inside a tree, with its expected key path. */
    record Container(Object container, String path) {
    }

    private TreeWalks() {
    }

    /** Returns a mutable deep copy of {@code tree}. */
    @SuppressWarnings("unchecked")
    static <T> T deepCopy(T tree) {
        if (tree instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(key, deepCopy(value)));
            return (T) copy;
        }
        if (tree instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(element -> copy.add(deepCopy(element)));
            return (T) copy;
        }
        return tree;
    }

    /** Lists every map and list in {@code root}, the root first. */
    static List<Container> containers(Map<String, Object> root) {
        List<Container> found = new ArrayList<>();
        collect(root, "", found);
        return found;
    }

    private static void collect(Object value, String path, List<Container> found) {
        if (value instanceof Map<?, ?> map) {
            found.add(new Container(map, path));
            map.forEach((key, child) -> collect(child, keyPath(path, (String) key), found));
        } else if (value instanceof List<?> list) {
            found.add(new Container(list, path));
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), path + "[" + i + "]", found);
            }
        }
    }

    /** Appends {@code key} to {@code parent}: an identifier bare after a dot, any other key as a quoted JSON string in brackets. */
    static String keyPath(String parent, String key) {
        if (IDENTIFIER.matcher(key).matches()) {
            return parent.isEmpty() ? key : parent + "." + key;
        }
        return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    /** Replaces every integer by a BigInteger and every decimal of scale 0 by its BigInteger. */
    static Object widenIntegers(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, child) -> copy.put(key, widenIntegers(child)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(TreeWalks::widenIntegers).toList();
        }
        if (value instanceof BigDecimal decimal && decimal.scale() <= 0) {
            return decimal.toBigIntegerExact();
        }
        if (value instanceof Number number && !(value instanceof BigDecimal)) {
            return new BigInteger(number.toString());
        }
        return value;
    }

    /**
     * Returns a copy of {@code value} with the members of every map in a shuffled order, zero to
     * three zeros appended to the fraction of every decimal, and some integers turned into decimals
     * with zero to two fractional zeros: the same content, written differently.
     */
    static Object reorderedWithTrailingZeros(Object value, Random random) {
        if (value instanceof Map<?, ?> map) {
            List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
            Collections.shuffle(entries, random);
            Map<Object, Object> copy = new LinkedHashMap<>();
            entries.forEach(entry -> copy.put(entry.getKey(), reorderedWithTrailingZeros(entry.getValue(), random)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(element -> copy.add(reorderedWithTrailingZeros(element, random)));
            return copy;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.setScale(decimal.scale() + random.nextInt(4));
        }
        if (value instanceof Number number && random.nextBoolean()) {
            return new BigDecimal(new BigInteger(number.toString())).setScale(random.nextInt(3));
        }
        return value;
    }
}
