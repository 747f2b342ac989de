package io.precog.models.domain.model;

import io.precog.models.domain.error.InvalidValueException;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Version of a model: {@code v} followed by {@code MAJOR.MINOR} or {@code MAJOR.MINOR.PATCH}.
 *
 * <p>Equality and ordering are numeric and ignore how the version is written: {@code v1.0} equals
 * {@code v1.0.0}, and {@code v1.10} is greater than {@code v1.9}. {@link #toString()} returns the
 * text as written; {@link #canonical()} always has three components.
 */
public final class ModelVersion implements Comparable<ModelVersion> {

    private static final Pattern FORMAT = Pattern.compile("v(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})(?:\\.(0|[1-9][0-9]{0,8}))?");
    private static final String ACCEPTED_FORM =
            "use v followed by MAJOR.MINOR or MAJOR.MINOR.PATCH, such as v1.0 or v1.0.1"
                    + " (non-negative numbers of at most 9 digits without leading zeros)";
    private static final Comparator<ModelVersion> ORDER = Comparator.comparingInt(ModelVersion::major)
            .thenComparingInt(ModelVersion::minor)
            .thenComparingInt(ModelVersion::patch);

    private final int major;
    private final int minor;
    private final int patch;
    private final boolean patchWritten;

    private ModelVersion(int major, int minor, int patch, boolean patchWritten) {
        this.major = major;
        this.minor = minor;
        this.patch = patch;
        this.patchWritten = patchWritten;
    }

    /**
     * Parses a version such as {@code v1.0} or {@code v2.3.1}.
     *
     * @throws InvalidValueException showing the accepted form when the text is not a version
     */
    public static ModelVersion parse(String text) {
        if (text == null) {
            throw new InvalidValueException("model_version", null, "missing; " + ACCEPTED_FORM);
        }
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            throw new InvalidValueException("model_version", Identifiers.abbreviate(text), ACCEPTED_FORM);
        }
        boolean patchWritten = matcher.group(3) != null;
        return new ModelVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                patchWritten ? Integer.parseInt(matcher.group(3)) : 0, patchWritten);
    }

    /** Creates {@code vMAJOR.MINOR.PATCH}; rejects negative components. */
    public static ModelVersion of(int major, int minor, int patch) {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new InvalidValueException("model_version", "v" + major + "." + minor + "." + patch,
                    ACCEPTED_FORM);
        }
        return new ModelVersion(major, minor, patch, true);
    }

    public int major() {
        return major;
    }

    public int minor() {
        return minor;
    }

    /** Patch number, 0 when the version was written without one. */
    public int patch() {
        return patch;
    }

    /** The version with all three components, such as {@code v1.0.0} for {@code v1.0}. */
    public String canonical() {
        return "v" + major + "." + minor + "." + patch;
    }

    /**
     * Suggests the next version for a change of the given kind, in the style this version is written in:
     * after {@code v1.0} comes {@code v2.0}, {@code v1.1} or {@code v1.0.1}.
     */
    public ModelVersion next(VersionBump bump) {
        return switch (bump) {
            case MAJOR -> new ModelVersion(increment(major), 0, 0, patchWritten);
            case MINOR -> new ModelVersion(major, increment(minor), 0, patchWritten);
            case PATCH -> new ModelVersion(major, minor, increment(patch), true);
        };
    }

    private int increment(int component) {
        if (component >= 999_999_999) {
            throw new InvalidValueException("model_version", toString(),
                    "cannot be incremented: components have at most 9 digits");
        }
        return component + 1;
    }

    @Override
    public int compareTo(ModelVersion other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelVersion version
                && major == version.major && minor == version.minor && patch == version.patch;
    }

    @Override
    public int hashCode() {
        return Objects.hash(major, minor, patch);
    }

    /** The version as written, such as {@code v1.0}. */
    @Override
    public String toString() {
        return "v" + major + "." + minor + (patchWritten ? "." + patch : "");
    }
}
