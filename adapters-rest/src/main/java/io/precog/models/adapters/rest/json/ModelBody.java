package io.precog.models.adapters.rest.json;

import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.ValidationMetrics;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A model version as the API shows it. {@code config} contains the exact values as stored: decimals keep
 * their scale and integers stay integers.
 *
 * @param configFingerprint SHA-256 of the config's canonical form, as 64 lowercase hex digits
 */
public record ModelBody(long modelId, String modelName, String modelVersion, String modelClass, String domain,
                        Map<String, Object> config, String configFingerprint, String status, String description,
                        String notes, BigDecimal validationCalibration, BigDecimal validationAccuracy,
                        Long validationSampleSize, Instant lastValidatedAt, Instant createdAt, String createdBy,
                        Instant updatedAt) {

    public static ModelBody of(ProbabilityModel model) {
        ValidationMetrics metrics = model.metrics();
        return new ModelBody(model.modelId(), model.name().value(), model.version().toString(),
                model.modelClass().value(), model.domain().value(), model.config().values(),
                model.config().fingerprint(), model.status().wireName(), model.description(), model.notes(),
                metrics.calibration(), metrics.accuracy(), metrics.sampleSize(), metrics.lastValidatedAt(),
                model.createdAt(), model.createdBy().id(), model.updatedAt());
    }
}
