-- The query behind GET /api/v1/models/active?domain=nfl, as the PostgreSQL adapter sends it.
SELECT model_id, model_name, model_version, version_major, version_minor, version_patch, model_class, domain,
       config::text AS config, config_fingerprint, status, description, notes, validation_calibration,
       validation_accuracy, validation_sample_size, last_validated_at, created_at, created_by, updated_at
FROM probability_models
WHERE status = 'active' AND domain = 'nfl'
ORDER BY model_name COLLATE "C", version_major, version_minor, version_patch, model_id;
