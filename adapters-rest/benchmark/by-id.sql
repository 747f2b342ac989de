-- The query behind GET /api/v1/models/{id}, as the PostgreSQL adapter sends it.
SELECT model_id, model_name, model_version, version_major, version_minor, version_patch, model_class, domain,
       config::text AS config, config_fingerprint, status, description, notes, validation_calibration,
       validation_accuracy, validation_sample_size, last_validated_at, created_at, created_by, updated_at
FROM probability_models WHERE model_id = :model_id;
