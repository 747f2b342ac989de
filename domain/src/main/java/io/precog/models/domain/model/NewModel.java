package io.precog.models.domain.model;

import io.precog.models.domain.config.ModelConfig;
import io.precog.models.domain.error.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A model version about to be created: every immutable field, its first status and its free-text fields.
 *
 * @param status first status: draft, testing or active
 */
public record NewModel(ModelName name, ModelVersion version, ModelClassName modelClass, DomainName domain,
                       ModelConfig config, ModelStatus status, String description, String notes,
                       Actor createdBy, Instant createdAt) {

    public NewModel {
        requirePresent("model_name", name);
        requirePresent("model_version", version);
        requirePresent("model_class", modelClass);
        requirePresent("domain", domain);
        requirePresent("config", config);
        requirePresent("status", status);
        requirePresent("actor", createdBy);
        Objects.requireNonNull(createdAt, "createdAt");
        if (!status.allowedAtCreation()) {
            throw new InvalidValueException("status", status.wireName(),
                    "a model version starts as one of " + String.join(", ", Arrays.stream(ModelStatus.values())
                            .filter(ModelStatus::allowedAtCreation).map(ModelStatus::wireName).toList())
                            + "; create it, then deprecate it");
        }
        description = TextFields.optional("description", description);
        notes = TextFields.optional("notes", notes);
    }

    /** Creates a new model version stamped with the clock's current time. */
    public static NewModel create(ModelName name, ModelVersion version, ModelClassName modelClass,
                                  DomainName domain, ModelConfig config, ModelStatus status,
                                  String description, String notes, Actor createdBy, Clock clock) {
        return new NewModel(name, version, modelClass, domain, config, status == null ? ModelStatus.DRAFT : status,
                description, notes, createdBy, clock.instant());
    }

    private static void requirePresent(String field, Object value) {
        if (value == null) {
            throw new InvalidValueException(field, null, "missing; it is required to create a model version");
        }
    }
}
