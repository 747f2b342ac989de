package io.precog.models.domain.config;

import java.util.regex.Pattern;

/**
 * Location of a value inside a config, written as in {@code models[1].weight}.
 *
 * <p>A key that is a plain identifier (an ASCII letter or {@code _}, then ASCII letters, digits or
 * {@code _}) is written bare, after a {@code .} unless it is a top-level key. Any other key is written
 * as a JSON string literal in brackets, such as {@code ["odd key"].x} or {@code limits["k-factor"]}, so
 * that a key containing {@code .}, {@code [} or quotes cannot be mistaken for a path step. List
 * indices are zero-based and written in brackets. The path of the config as a whole is empty.
 */
public final class KeyPath {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The path of the config as a whole, written as the empty string. */
    public static final KeyPath ROOT = new KeyPath(null, null, -1);

    private final KeyPath parent;
    private final String key;
    private final int index;

    private KeyPath(KeyPath parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    /** Returns the path of the member {@code name} of the object at this path. */
    public KeyPath key(String name) {
        return new KeyPath(this, name, -1);
    }

    /** Returns the path of the element at zero-based {@code position} of the list at this path. */
    public KeyPath index(int position) {
        return new KeyPath(this, null, position);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        appendTo(out);
        return out.toString();
    }

    private void appendTo(StringBuilder out) {
        if (parent == null) {
            return;
        }
        parent.appendTo(out);
        if (key == null) {
            out.append('[').append(index).append(']');
        } else if (!IDENTIFIER.matcher(key).matches()) {
            out.append('[');
            JsonStrings.append(out, key);
            out.append(']');
        } else {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(key);
        }
    }
}
