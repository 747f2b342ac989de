package io.precog.models.adapters.postgres.store;

import io.precog.models.domain.config.ModelConfig;
import io.precog.models.domain.model.Actor;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelClassName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.model.NewModel;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.ValidationMetrics;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row of {@code probability_models}. The config is the JSON text of the {@code jsonb} column, and
 * the version is stored both as written and as its three numbers, which the unique key compares.
 */
record ModelRow(long modelId, String modelName, String modelVersion, int versionMajor, int versionMinor,
                int versionPatch, String modelClass, String domain, String config, String configFingerprint,
                String status, String description, String notes, BigDecimal validationCalibration,
                BigDecimal validationAccuracy, Long validationSampleSize, Instant lastValidatedAt,
                Instant createdAt, String createdBy, Instant updatedAt) {

    /** Returns the row of a version about to be stored, without its id. */
    static ModelRow of(NewModel model) {
        ModelVersion version = model.version();
        return new ModelRow(0, model.name().value(), version.toString(), version.major(), version.minor(),
                version.patch(), model.modelClass().value(), model.domain().value(), model.config().toJson(),
                model.config().fingerprint(), model.status().wireName(), model.description(), model.notes(),
                null, null, null, null, model.createdAt(), model.createdBy().id(), model.createdAt());
    }

    /** Returns the row of a stored version; updates write only its mutable fields. */
    static ModelRow of(ProbabilityModel model) {
        ModelVersion version = model.version();
        ValidationMetrics metrics = model.metrics();
        return new ModelRow(model.modelId(), model.name().value(), version.toString(), version.major(),
                version.minor(), version.patch(), model.modelClass().value(), model.domain().value(),
                model.config().toJson(), model.config().fingerprint(), model.status().wireName(),
                model.description(), model.notes(), metrics.calibration(), metrics.accuracy(),
                metrics.sampleSize(), metrics.lastValidatedAt(), model.createdAt(), model.createdBy().id(),
                model.updatedAt());
    }

    /** Converts the row to the stored version, reading the config with every number exact. */
    ProbabilityModel toModel() {
        return new ProbabilityModel(modelId, new ModelName(modelName), ModelVersion.parse(modelVersion),
                new ModelClassName(modelClass), new DomainName(domain), ModelConfig.of(ExactJson.readObject(config)),
                ModelStatus.parse(status), description, notes,
                new ValidationMetrics(validationCalibration, validationAccuracy, validationSampleSize,
                        lastValidatedAt),
                createdAt, new Actor(createdBy), updatedAt);
    }
}
