package io.precog.models.adapters.postgres.schema;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** A {@code probability_models} row for tests: valid by default, changed one column at a time. */
record ModelRow(String name, String version, int major, int minor, int patch, String modelClass, String domain,
        String config, String fingerprint, String status, BigDecimal calibration, BigDecimal accuracy,
        Long sampleSize) {

    static final OffsetDateTime CREATED_AT = OffsetDateTime.parse("2024-09-01T12:00:00Z");
    static final String FINGERPRINT = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    static final String INSERT = """
            INSERT INTO probability_models (model_name, model_version, version_major, version_minor, version_patch,
                model_class, domain, config, config_fingerprint, status, validation_calibration, validation_accuracy,
                validation_sample_size, created_at, created_by, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, 'alice', ?)
            RETURNING model_id""";

    /** Version v1.0 of an Elo model for the NFL, as a draft. */
    static ModelRow valid(String name) {
        return new ModelRow(name, "v1.0", 1, 0, 0, "elo", "nfl", "{\"k_factor\": 20, \"home_advantage\": 65.0}",
                FINGERPRINT, "draft", null, null, null);
    }

    ModelRow withVersion(String text, int major, int minor, int patch) {
        return new ModelRow(name, text, major, minor, patch, modelClass, domain, config, fingerprint, status,
                calibration, accuracy, sampleSize);
    }

    ModelRow withName(String value) {
        return new ModelRow(value, version, major, minor, patch, modelClass, domain, config, fingerprint, status,
                calibration, accuracy, sampleSize);
    }

    ModelRow withModelClass(String value) {
        return new ModelRow(name, version, major, minor, patch, value, domain, config, fingerprint, status,
                calibration, accuracy, sampleSize);
    }

    ModelRow withDomain(String value) {
        return new ModelRow(name, version, major, minor, patch, modelClass, value, config, fingerprint, status,
                calibration, accuracy, sampleSize);
    }

    ModelRow withConfig(String json) {
        return new ModelRow(name, version, major, minor, patch, modelClass, domain, json, fingerprint, status,
                calibration, accuracy, sampleSize);
    }

    ModelRow withFingerprint(String value) {
        return new ModelRow(name, version, major, minor, patch, modelClass, domain, config, value, status,
                calibration, accuracy, sampleSize);
    }

    ModelRow withStatus(String value) {
        return new ModelRow(name, version, major, minor, patch, modelClass, domain, config, fingerprint, value,
                calibration, accuracy, sampleSize);
    }

    ModelRow withMetrics(BigDecimal calibrationValue, BigDecimal accuracyValue, Long sampleSizeValue) {
        return new ModelRow(name, version, major, minor, patch, modelClass, domain, config, fingerprint, status,
                calibrationValue, accuracyValue, sampleSizeValue);
    }

    /** Returns the parameters of {@link #INSERT}, in order. */
    Object[] parameters() {
        return new Object[] {name, version, major, minor, patch, modelClass, domain, config, fingerprint, status,
            calibration, accuracy, sampleSize, CREATED_AT, CREATED_AT};
    }

    long insert(Connection connection) throws SQLException {
        return Sql.insertReturningId(connection, INSERT, parameters());
    }
}
