-- Model registry: model classes, model versions and their status history.
--
-- The database enforces the domain rules itself, so that no path, not even a hand-written UPDATE,
-- can rewrite history. Violations raise these SQLSTATEs of the custom class PM:
--   PM001  an UPDATE changes a column that never changes
--   PM002  a status change that the lifecycle does not allow
--   PM003  an UPDATE, DELETE or TRUNCATE of rows that are only ever appended
--   PM004  a change to the resolution of an event that is already resolved (see V2)

-- A lowercase identifier: a letter, then letters, digits, '_', '-' or '.', at most 100 characters.
CREATE FUNCTION is_identifier(value text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT value ~ '^[a-z][a-z0-9_.-]*$' AND char_length(value) <= 100
$$;

-- A lifecycle status of a model version.
CREATE FUNCTION is_model_status(value text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT value IN ('draft', 'testing', 'active', 'deprecated')
$$;

-- Rejects an UPDATE that changes any of the columns named as trigger arguments. Values are compared
-- by their JSON text, so that a JSONB config rewritten from 32.0 to 32 counts as a change.
CREATE FUNCTION reject_immutable_column_changes() RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    old_row jsonb := to_jsonb(OLD);
    new_row jsonb := to_jsonb(NEW);
    immutable_column text;
BEGIN
    FOREACH immutable_column IN ARRAY TG_ARGV LOOP
        IF (old_row -> immutable_column)::text IS DISTINCT FROM (new_row -> immutable_column)::text THEN
            RAISE EXCEPTION 'column %.% is immutable and cannot be changed', TG_TABLE_NAME, immutable_column
                USING ERRCODE = 'PM001',
                      SCHEMA = TG_TABLE_SCHEMA,
                      TABLE = TG_TABLE_NAME,
                      COLUMN = immutable_column;
        END IF;
    END LOOP;
    RETURN NEW;
END
$$;

-- Rejects UPDATE, DELETE and TRUNCATE on tables whose rows, once written, stay as written.
-- The optional trigger argument is a hint telling what to do instead.
CREATE FUNCTION reject_rewrite_of_append_only_rows() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION '% of % rows is not allowed: they are never changed or removed', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'PM003',
              SCHEMA = TG_TABLE_SCHEMA,
              TABLE = TG_TABLE_NAME,
              HINT = coalesce(TG_ARGV[0], 'append a new row instead');
END
$$;

CREATE TABLE model_classes (
    name        text        PRIMARY KEY CONSTRAINT model_classes_name_check CHECK (is_identifier(name)),
    description text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text        NOT NULL
);

COMMENT ON TABLE model_classes IS
    'Algorithm families a model version may belong to; added by migration or by an administrator.';

INSERT INTO model_classes (name, description, created_by) VALUES
    ('elo', 'Elo rating model', 'system'),
    ('logistic', 'Logistic regression', 'system'),
    ('ensemble', 'Combination of other models', 'system'),
    ('xgboost', 'Gradient-boosted trees (XGBoost)', 'system'),
    ('random_forest', 'Random forest', 'system'),
    ('neural_network', 'Neural network', 'system');

-- The allowed lifecycle transitions. Fixed by migration; the status trigger and the status
-- history both refer to it.
CREATE TABLE model_status_transitions (
    from_status text NOT NULL CONSTRAINT model_status_transitions_from_status_check CHECK (is_model_status(from_status)),
    to_status   text NOT NULL CONSTRAINT model_status_transitions_to_status_check CHECK (is_model_status(to_status)),
    PRIMARY KEY (from_status, to_status)
);

COMMENT ON TABLE model_status_transitions IS
    'Lifecycle of a model version: each row is one allowed status change; deprecated is terminal.';

INSERT INTO model_status_transitions (from_status, to_status) VALUES
    ('draft', 'testing'),
    ('draft', 'deprecated'),
    ('testing', 'draft'),
    ('testing', 'active'),
    ('testing', 'deprecated'),
    ('active', 'deprecated');

CREATE TRIGGER model_status_transitions_fixed
    BEFORE INSERT OR UPDATE OR DELETE ON model_status_transitions
    FOR EACH ROW EXECUTE FUNCTION reject_rewrite_of_append_only_rows('the lifecycle changes only by migration');

CREATE TRIGGER model_status_transitions_not_truncated
    BEFORE TRUNCATE ON model_status_transitions
    FOR EACH STATEMENT EXECUTE FUNCTION reject_rewrite_of_append_only_rows('the lifecycle changes only by migration');

CREATE TABLE probability_models (
    model_id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    model_name             text        NOT NULL CONSTRAINT probability_models_model_name_check CHECK (is_identifier(model_name)),
    model_version          text        NOT NULL CONSTRAINT probability_models_model_version_check
                                       CHECK (model_version ~ '^v(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})(\.(0|[1-9][0-9]{0,8}))?$'),
    version_major          integer     NOT NULL CONSTRAINT probability_models_version_major_check CHECK (version_major >= 0),
    version_minor          integer     NOT NULL CONSTRAINT probability_models_version_minor_check CHECK (version_minor >= 0),
    version_patch          integer     NOT NULL CONSTRAINT probability_models_version_patch_check CHECK (version_patch >= 0),
    model_class            text        NOT NULL CONSTRAINT probability_models_model_class_fkey REFERENCES model_classes (name),
    domain                 text        NOT NULL CONSTRAINT probability_models_domain_check CHECK (is_identifier(domain)),
    config                 jsonb       NOT NULL CONSTRAINT probability_models_config_check
                                       CHECK (jsonb_typeof(config) = 'object' AND config <> '{}'::jsonb),
    config_fingerprint     text        NOT NULL CONSTRAINT probability_models_config_fingerprint_check
                                       CHECK (config_fingerprint ~ '^[0-9a-f]{64}$'),
    status                 text        NOT NULL DEFAULT 'draft' CONSTRAINT probability_models_status_check CHECK (is_model_status(status)),
    description            text,
    notes                  text,
    validation_calibration numeric     CONSTRAINT probability_models_validation_calibration_check
                                       CHECK (validation_calibration BETWEEN 0 AND 1),
    validation_accuracy    numeric     CONSTRAINT probability_models_validation_accuracy_check
                                       CHECK (validation_accuracy BETWEEN 0 AND 1),
    validation_sample_size bigint      CONSTRAINT probability_models_validation_sample_size_check
                                       CHECK (validation_sample_size >= 0),
    last_validated_at      timestamptz,
    created_at             timestamptz NOT NULL,
    created_by             text        NOT NULL,
    updated_at             timestamptz NOT NULL,
    -- v1.0 is v1.0.0: the numeric parts must be those of the text, the patch 0 when not written.
    CONSTRAINT probability_models_version_parts_check CHECK (
        model_version = 'v' || version_major::text || '.' || version_minor::text || '.' || version_patch::text
        OR (version_patch = 0 AND model_version = 'v' || version_major::text || '.' || version_minor::text)),
    -- One row per canonical version of a model; lookups by name use this index's first column.
    CONSTRAINT probability_models_canonical_version_key UNIQUE (model_name, version_major, version_minor, version_patch)
);

COMMENT ON TABLE probability_models IS
    'Model versions. Name, version, class, domain, config and creation are immutable; rows are never deleted.';
COMMENT ON COLUMN probability_models.config IS
    'Model parameters as a non-empty JSON object; numbers keep their scale (32.0 stays 32.0).';
COMMENT ON COLUMN probability_models.config_fingerprint IS
    'Lowercase hex SHA-256 of the canonical form of config.';

CREATE INDEX probability_models_status_domain_idx ON probability_models (status, domain);

-- A model version starts as draft, testing or active, never as deprecated.
CREATE FUNCTION reject_deprecated_model_creation() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.status = 'deprecated' THEN
        RAISE EXCEPTION 'model % % cannot be created as deprecated', NEW.model_name, NEW.model_version
            USING ERRCODE = 'PM002',
                  SCHEMA = TG_TABLE_SCHEMA,
                  TABLE = TG_TABLE_NAME,
                  COLUMN = 'status',
                  HINT = 'create it as draft, testing or active';
    END IF;
    RETURN NEW;
END
$$;

-- Rejects a status change that model_status_transitions does not list. Keeping the status is no change.
-- The search path is fixed so that a session with another search path still finds the lifecycle table.
CREATE FUNCTION reject_illegal_status_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path FROM CURRENT
AS $$
DECLARE
    allowed_targets text;
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status
            AND NOT EXISTS (SELECT 1
                            FROM model_status_transitions
                            WHERE from_status = OLD.status AND to_status = NEW.status) THEN
        SELECT coalesce(string_agg(to_status, ', ' ORDER BY to_status), 'none')
        INTO allowed_targets
        FROM model_status_transitions
        WHERE from_status = OLD.status;
        RAISE EXCEPTION 'model % cannot move from % to %', OLD.model_id, OLD.status, NEW.status
            USING ERRCODE = 'PM002',
                  SCHEMA = TG_TABLE_SCHEMA,
                  TABLE = TG_TABLE_NAME,
                  COLUMN = 'status',
                  DETAIL = format('allowed from %s: %s', OLD.status, allowed_targets);
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER probability_models_1_immutable_columns
    BEFORE UPDATE ON probability_models
    FOR EACH ROW EXECUTE FUNCTION reject_immutable_column_changes(
        'model_id', 'model_name', 'model_version', 'version_major', 'version_minor', 'version_patch',
        'model_class', 'domain', 'config', 'config_fingerprint', 'created_at', 'created_by');

CREATE TRIGGER probability_models_2_status_lifecycle
    BEFORE UPDATE ON probability_models
    FOR EACH ROW EXECUTE FUNCTION reject_illegal_status_change();

CREATE TRIGGER probability_models_initial_status
    BEFORE INSERT ON probability_models
    FOR EACH ROW EXECUTE FUNCTION reject_deprecated_model_creation();

CREATE TRIGGER probability_models_never_deleted
    BEFORE DELETE ON probability_models
    FOR EACH ROW EXECUTE FUNCTION reject_rewrite_of_append_only_rows('deprecate the version instead');

CREATE TRIGGER probability_models_never_truncated
    BEFORE TRUNCATE ON probability_models
    FOR EACH STATEMENT EXECUTE FUNCTION reject_rewrite_of_append_only_rows('deprecate the versions instead');

-- Every accepted status change, appended by the application with its actor and notes.
CREATE TABLE model_status_history (
    history_id  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    model_id    bigint      NOT NULL CONSTRAINT model_status_history_model_id_fkey REFERENCES probability_models (model_id),
    from_status text        NOT NULL CONSTRAINT model_status_history_from_status_check CHECK (is_model_status(from_status)),
    to_status   text        NOT NULL CONSTRAINT model_status_history_to_status_check CHECK (is_model_status(to_status)),
    changed_at  timestamptz NOT NULL,
    changed_by  text        NOT NULL,
    notes       text,
    CONSTRAINT model_status_history_transition_fkey
        FOREIGN KEY (from_status, to_status) REFERENCES model_status_transitions (from_status, to_status)
);

COMMENT ON TABLE model_status_history IS
    'Status changes of model versions, in the order they happened; never updated or deleted.';

CREATE INDEX model_status_history_model_idx ON model_status_history (model_id, history_id);

CREATE TRIGGER model_status_history_append_only
    BEFORE UPDATE OR DELETE ON model_status_history
    FOR EACH ROW EXECUTE FUNCTION reject_rewrite_of_append_only_rows();

CREATE TRIGGER model_status_history_never_truncated
    BEFORE TRUNCATE ON model_status_history
    FOR EACH STATEMENT EXECUTE FUNCTION reject_rewrite_of_append_only_rows();
