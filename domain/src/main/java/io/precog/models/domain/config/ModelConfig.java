package io.precog.models.domain.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of a model version: a non-empty JSON-like object whose numbers are exact.
 *
 * <p>Values are {@link String}, {@link Boolean}, integers ({@link Integer}, {@link Long},
 * {@link java.math.BigInteger}, and {@link Short} and {@link Byte} stored as Integer), decimals
 * ({@link java.math.BigDecimal}), and nested {@link java.util.List} and {@link Map} with String keys
 * of the same. Decimals keep their scale, so {@code 32.0} stays {@code 32.0}, except that a decimal
 * with no fractional digits (scale 0 or less, such as {@code 5} or {@code 1E+3}) is stored as an
 * integer, because JSON and PostgreSQL's jsonb write it as one.
 *
 * <p>{@link #of} and {@link #withChanges} throw an
 * {@link io.precog.models.domain.error.InvalidConfigException} naming the key path of the first value
 * that breaks a rule. They reject {@code float} and {@code double} at any depth, NaN and infinities
 * included, null values (omit the key instead), and any other type. They also reject a depth over
 * {@link #MAX_DEPTH}, a key that is empty or longer than {@link #MAX_KEY_LENGTH} code points, text
 * with U+0000 or an unpaired surrogate, a decimal whose scale is outside -1000 to 1000, and a config
 * whose {@link #toJson()} is over {@link #MAX_SERIALIZED_BYTES}.
 *
 * <p>Key paths read like {@code models[1].weight}. A key that is an identifier
 * ({@code [A-Za-z_][A-Za-z0-9_]*}) is written bare after a {@code .}, any other key as a JSON string
 * in brackets, such as {@code ["odd key"].x}, and list indices, counted from 0, in brackets.
 *
 * <p>Two configs are {@link #equals equal} when their values are equal as Java objects, so a config
 * with {@code 32.0} differs from one with {@code 32.00}. They have the {@link #sameContentAs same
 * content} when their {@link #canonicalJson() canonical forms} are equal, as those two configs do.
 */
public final class ModelConfig {

    /** Maximum nesting depth of maps and lists, where the top-level object is depth 1. */
    public static final int MAX_DEPTH = 16;

    /** Maximum size of {@link #toJson()} in UTF-8 bytes (64 KiB). */
    public static final int MAX_SERIALIZED_BYTES = 65536;

    /** Maximum key length in Unicode code points. Keys are never empty. */
    public static final int MAX_KEY_LENGTH = 200;

    private final Map<String, Object> values;
    private final String json;
    private final String canonicalJson;
    private final String fingerprint;

    private ModelConfig(Map<String, Object> values) {
        this.values = values;
        this.json = CompactJsonWriter.toJson(values);
        long bytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_SERIALIZED_BYTES) {
            throw ConfigViolations.tooLarge(bytes);
        }
        this.canonicalJson = CanonicalJsonWriter.toJson(values);
        this.fingerprint = sha256Hex(canonicalJson);
    }

    /**
     * Checks {@code values} and copies them into unmodifiable maps and lists that keep the caller's
     * key order. Integers, and decimals of scale 0 or less, are stored as the smallest of Integer, Long and
     * BigInteger that fits them, so that a config read back from its JSON is equal to this one.
     *
     * @throws io.precog.models.domain.error.InvalidConfigException if {@code values} is null or empty,
     *         or any value breaks a config rule
     */
    public static ModelConfig of(Map<String, ?> values) {
        return new ModelConfig(ConfigCopier.copy(values));
    }

    /** The values as an unmodifiable tree of maps and lists, in the key order they were given. */
    public Map<String, Object> values() {
        return values;
    }

    /** Compact JSON with keys in stored order and decimals written with their scale, such as {@code 32.0} or {@code 1E-7}. */
    public String toJson() {
        return json;
    }

    /**
     * The canonical form: JSON without whitespace, keys sorted by code point, and numbers in plain
     * notation without trailing fractional zeros, so {@code 32.0}, {@code 32.00} and the integer
     * {@code 32} are all written {@code 32}.
     */
    public String canonicalJson() {
        return canonicalJson;
    }

    /** SHA-256 of the UTF-8 bytes of {@link #canonicalJson()}, as 64 lowercase hex digits. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Tells whether {@code other} has the same canonical form, so equal keys and numerically equal values. */
    public boolean sameContentAs(ModelConfig other) {
        Objects.requireNonNull(other, "other config must not be null");
        return canonicalJson.equals(other.canonicalJson);
    }

    /**
     * Returns this config with a JSON Merge Patch (RFC 7396) applied: a map merges into the map at
     * the same key, a null value removes the key, and any other value, lists included, replaces it.
     *
     * @throws io.precog.models.domain.error.InvalidConfigException if {@code patch} is null or empty,
     *         or the result breaks a config rule as in {@link #of}, such as when every key is removed
     */
    public ModelConfig withChanges(Map<String, ?> patch) {
        if (patch == null) {
            throw ConfigViolations.missing("patch");
        }
        if (patch.isEmpty()) {
            throw ConfigViolations.emptyPatch();
        }
        return new ModelConfig(ConfigCopier.copy(MergePatch.apply(values, patch)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelConfig config && values.equals(config.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** Returns {@link #toJson()}. */
    @Override
    public String toString() {
        return json;
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing, although every Java platform must provide it", e);
        }
    }
}
