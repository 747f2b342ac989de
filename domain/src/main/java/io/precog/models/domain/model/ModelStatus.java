package io.precog.models.domain.model;

import io.precog.models.domain.error.InvalidValueException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a model version is in its lifecycle. The allowed transitions are:
 *
 * <pre>
 * draft      -> testing, deprecated
 * testing    -> draft, active, deprecated
 * active     -> deprecated
 * deprecated -> (none: terminal)
 * </pre>
 */
public enum ModelStatus {
    DRAFT,
    TESTING,
    ACTIVE,
    DEPRECATED;

    /** Statuses reachable from this one in one transition, in lifecycle order. */
    public Set<ModelStatus> allowedTargets() {
        return switch (this) {
            case DRAFT -> EnumSet.of(TESTING, DEPRECATED);
            case TESTING -> EnumSet.of(DRAFT, ACTIVE, DEPRECATED);
            case ACTIVE -> EnumSet.of(DEPRECATED);
            case DEPRECATED -> EnumSet.noneOf(ModelStatus.class);
        };
    }

    public boolean canMoveTo(ModelStatus target) {
        return allowedTargets().contains(target);
    }

    /** Whether a model version may start its life in this status: every status but deprecated. */
    public boolean allowedAtCreation() {
        return this != DEPRECATED;
    }

    /** Lowercase name used in storage and on the wire, such as {@code testing}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Lowercase names of {@link #allowedTargets()}. */
    public List<String> allowedTargetNames() {
        return allowedTargets().stream().map(ModelStatus::wireName).toList();
    }

    /**
     * Parses a lowercase status name such as {@code active}.
     *
     * @throws InvalidValueException listing the valid statuses
     */
    public static ModelStatus parse(String text) {
        for (ModelStatus status : values()) {
            if (status.wireName().equals(text)) {
                return status;
            }
        }
        throw new InvalidValueException("status", text == null ? null : Identifiers.abbreviate(text),
                "use one of " + String.join(", ", Arrays.stream(values()).map(ModelStatus::wireName).toList()));
    }

    @Override
    public String toString() {
        return wireName();
    }
}
