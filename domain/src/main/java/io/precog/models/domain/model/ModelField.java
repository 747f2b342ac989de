package io.precog.models.domain.model;

import io.precog.models.domain.error.ImmutableFieldException;
import io.precog.models.domain.error.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Fields of a model version, by wire name, and whether they may change after creation. */
public enum ModelField {
    MODEL_ID(false),
    MODEL_NAME(false),
    MODEL_VERSION(false),
    MODEL_CLASS(false),
    DOMAIN(false),
    CONFIG(false),
    CONFIG_FINGERPRINT(false),
    CREATED_AT(false),
    CREATED_BY(false),
    UPDATED_AT(false),
    STATUS(true),
    DESCRIPTION(true),
    NOTES(true),
    VALIDATION_CALIBRATION(true),
    VALIDATION_ACCURACY(true),
    VALIDATION_SAMPLE_SIZE(true),
    LAST_VALIDATED_AT(true);

    private final boolean mutable;

    ModelField(boolean mutable) {
        this.mutable = mutable;
    }

    public boolean mutable() {
        return mutable;
    }

    /** Snake-case name, such as {@code model_class}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Wire names of the fields that may change after creation. */
    public static List<String> mutableFieldNames() {
        return Arrays.stream(values()).filter(ModelField::mutable).map(ModelField::wireName).toList();
    }

    /**
     * Returns the field with the given wire name when it may change.
     *
     * @throws ImmutableFieldException when the field is fixed at creation
     * @throws InvalidValueException   when no field has that name
     */
    public static ModelField requireMutable(String wireName) {
        for (ModelField field : values()) {
            if (field.wireName().equals(wireName)) {
                if (!field.mutable) {
                    throw new ImmutableFieldException(wireName, mutableFieldNames());
                }
                return field;
            }
        }
        throw new InvalidValueException("field", wireName == null ? null : Identifiers.abbreviate(wireName),
                "is not a field of a model; the fields that can be changed are "
                        + String.join(", ", mutableFieldNames()));
    }
}
