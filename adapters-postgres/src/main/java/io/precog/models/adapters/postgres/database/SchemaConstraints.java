package io.precog.models.adapters.postgres.database;

/**
 * Names of the constraints whose violation an adapter reports as a specific domain error. PostgreSQL
 * returns the name with the error (the {@code constraint} field of the server message).
 */
public final class SchemaConstraints {

    /** One row per model name and canonical version: {@code v1.0} and {@code v1.0.0} collide. */
    public static final String MODEL_CANONICAL_VERSION = "probability_models_canonical_version_key";

    /** A model's class must be a row of {@code model_classes}. */
    public static final String MODEL_CLASS_REFERENCE = "probability_models_model_class_fkey";

    /** One event per event id. */
    public static final String EVENT_ID_KEY = "events_pkey";

    /** One prediction per model version and event. */
    public static final String PREDICTION_PER_MODEL_AND_EVENT = "predictions_model_event_key";

    /** A prediction's model version must exist. */
    public static final String PREDICTION_MODEL_REFERENCE = "predictions_model_id_fkey";

    /** A prediction's event must exist. */
    public static final String PREDICTION_EVENT_REFERENCE = "predictions_event_id_fkey";

    /** One validation run per job instance and model version, so a restarted job never writes a model twice. */
    public static final String VALIDATION_RUN_PER_JOB_AND_MODEL = "validation_runs_job_instance_model_key";

    /** A status history row must be an allowed transition. */
    public static final String HISTORY_TRANSITION_REFERENCE = "model_status_history_transition_fkey";

    private SchemaConstraints() {
    }
}
