-- Calibration reports written by the nightly validation job: one row per model version per job instance.

-- A number that is neither NaN nor infinite.
CREATE FUNCTION is_finite(value numeric) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT value > '-Infinity'::numeric AND value < 'Infinity'::numeric
$$;

CREATE TABLE validation_runs (
    run_id                       bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    model_id                     bigint      NOT NULL CONSTRAINT validation_runs_model_id_fkey REFERENCES probability_models (model_id),
    job_instance_id              bigint      NOT NULL,
    job_execution_id             bigint      NOT NULL,
    as_of                        timestamptz NOT NULL,
    window_start                 timestamptz,
    sample_size                  bigint      NOT NULL CONSTRAINT validation_runs_sample_size_check CHECK (sample_size >= 0),
    void_count                   bigint      NOT NULL CONSTRAINT validation_runs_void_count_check CHECK (void_count >= 0),
    brier_score                  numeric     CONSTRAINT validation_runs_brier_score_check CHECK (brier_score BETWEEN 0 AND 1),
    calibration_score            numeric     CONSTRAINT validation_runs_calibration_score_check CHECK (calibration_score BETWEEN 0 AND 1),
    accuracy                     numeric     CONSTRAINT validation_runs_accuracy_check CHECK (accuracy BETWEEN 0 AND 1),
    log_loss                     numeric     CONSTRAINT validation_runs_log_loss_check CHECK (log_loss >= 0 AND is_finite(log_loss)),
    expected_calibration_error   numeric     CONSTRAINT validation_runs_expected_calibration_error_check
                                             CHECK (expected_calibration_error BETWEEN 0 AND 1),
    maximum_calibration_error    numeric     CONSTRAINT validation_runs_maximum_calibration_error_check
                                             CHECK (maximum_calibration_error BETWEEN 0 AND 1),
    murphy_reliability           numeric     CONSTRAINT validation_runs_murphy_reliability_check CHECK (murphy_reliability BETWEEN 0 AND 1),
    murphy_resolution            numeric     CONSTRAINT validation_runs_murphy_resolution_check CHECK (murphy_resolution BETWEEN 0 AND 1),
    murphy_uncertainty           numeric     CONSTRAINT validation_runs_murphy_uncertainty_check CHECK (murphy_uncertainty BETWEEN 0 AND 1),
    murphy_within_bin_variance   numeric     CONSTRAINT validation_runs_murphy_within_bin_variance_check
                                             CHECK (is_finite(murphy_within_bin_variance)),
    murphy_within_bin_covariance numeric     CONSTRAINT validation_runs_murphy_within_bin_covariance_check
                                             CHECK (is_finite(murphy_within_bin_covariance)),
    spiegelhalter_z              numeric     CONSTRAINT validation_runs_spiegelhalter_z_check CHECK (is_finite(spiegelhalter_z)),
    spiegelhalter_p              numeric     CONSTRAINT validation_runs_spiegelhalter_p_check CHECK (spiegelhalter_p BETWEEN 0 AND 1),
    bins                         jsonb       NOT NULL CONSTRAINT validation_runs_bins_check CHECK (jsonb_typeof(bins) = 'array'),
    created_at                   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT validation_runs_window_check CHECK (window_start IS NULL OR window_start <= as_of),
    -- An empty sample has no metrics; any other sample has all of them but Spiegelhalter's,
    -- which is undefined when every probability is 0.5.
    CONSTRAINT validation_runs_metrics_check CHECK (
        CASE WHEN sample_size = 0
            THEN num_nonnulls(brier_score, calibration_score, accuracy, log_loss, expected_calibration_error,
                              maximum_calibration_error, murphy_reliability, murphy_resolution, murphy_uncertainty,
                              murphy_within_bin_variance, murphy_within_bin_covariance,
                              spiegelhalter_z, spiegelhalter_p) = 0
            ELSE num_nulls(brier_score, calibration_score, accuracy, log_loss, expected_calibration_error,
                           maximum_calibration_error, murphy_reliability, murphy_resolution, murphy_uncertainty,
                           murphy_within_bin_variance, murphy_within_bin_covariance) = 0
        END),
    CONSTRAINT validation_runs_spiegelhalter_check CHECK ((spiegelhalter_z IS NULL) = (spiegelhalter_p IS NULL)),
    -- A restarted job instance never writes a model twice.
    CONSTRAINT validation_runs_job_instance_model_key UNIQUE (job_instance_id, model_id)
);

COMMENT ON TABLE validation_runs IS
    'Calibration report of one model version from one run of the validation job; never updated or deleted.';
COMMENT ON COLUMN validation_runs.job_instance_id IS 'Spring Batch job instance that wrote the row.';
COMMENT ON COLUMN validation_runs.window_start IS
    'Start of the predictions window; null when the report covers everything up to as_of.';
COMMENT ON COLUMN validation_runs.void_count IS 'Predictions of void events, excluded from the metrics.';
COMMENT ON COLUMN validation_runs.bins IS 'Reliability bins: a JSON array with one object per non-empty bin.';
COMMENT ON COLUMN validation_runs.spiegelhalter_z IS 'Null when undefined: every probability in the sample is 0.5.';

CREATE INDEX validation_runs_model_as_of_idx ON validation_runs (model_id, as_of);

CREATE TRIGGER validation_runs_append_only
    BEFORE UPDATE OR DELETE ON validation_runs
    FOR EACH ROW EXECUTE FUNCTION reject_rewrite_of_append_only_rows();

CREATE TRIGGER validation_runs_never_truncated
    BEFORE TRUNCATE ON validation_runs
    FOR EACH STATEMENT EXECUTE FUNCTION reject_rewrite_of_append_only_rows();
