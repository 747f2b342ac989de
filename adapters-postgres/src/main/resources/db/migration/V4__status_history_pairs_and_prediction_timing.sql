-- Guards that close gaps hand-written SQL could use:
--   PM005  a status change without its history row, or a history row without its status change,
--          checked when the transaction commits
--   PM006  a prediction made at or after its event was resolved, or for a deprecated model version
-- and CHECKs that actors are not blank and that probabilities have at most 18 decimal places, as the
-- domain requires.

ALTER TABLE model_classes
    ADD CONSTRAINT model_classes_created_by_check CHECK (created_by ~ '\S');
ALTER TABLE probability_models
    ADD CONSTRAINT probability_models_created_by_check CHECK (created_by ~ '\S');
ALTER TABLE model_status_history
    ADD CONSTRAINT model_status_history_changed_by_check CHECK (changed_by ~ '\S');
ALTER TABLE predictions
    ADD CONSTRAINT predictions_recorded_by_check CHECK (recorded_by ~ '\S'),
    ADD CONSTRAINT predictions_probability_scale_check CHECK (min_scale(probability) <= 18);

-- A status change must come with the history row that records it, written in the same transaction.
-- Rows written by the current transaction are those whose xmin is its transaction id.
CREATE FUNCTION require_history_row_of_status_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path FROM CURRENT
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1
                   FROM model_status_history h
                   WHERE h.model_id = NEW.model_id
                     AND h.from_status = OLD.status
                     AND h.to_status = NEW.status
                     AND h.xmin = pg_current_xact_id()::xid) THEN
        RAISE EXCEPTION 'model % moved from % to % without a status history row', NEW.model_id, OLD.status, NEW.status
            USING ERRCODE = 'PM005',
                  SCHEMA = TG_TABLE_SCHEMA,
                  TABLE = TG_TABLE_NAME,
                  COLUMN = 'status',
                  HINT = 'change the status through the model manager, which records who changed it and why';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER probability_models_status_change_recorded
    AFTER UPDATE OF status ON probability_models
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION require_history_row_of_status_change();

-- A history row must record a status change of the same transaction: the model's status is now the
-- row's target, or a later row of the same transaction moves on from it.
CREATE FUNCTION require_status_change_of_history_row() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path FROM CURRENT
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1
                   FROM probability_models m
                   WHERE m.model_id = NEW.model_id
                     AND m.xmin = pg_current_xact_id()::xid
                     AND (m.status = NEW.to_status
                          OR EXISTS (SELECT 1
                                     FROM model_status_history later
                                     WHERE later.model_id = NEW.model_id
                                       AND later.history_id > NEW.history_id
                                       AND later.from_status = NEW.to_status
                                       AND later.xmin = pg_current_xact_id()::xid))) THEN
        RAISE EXCEPTION 'status history row of model % records a move from % to % that did not take place',
                NEW.model_id, NEW.from_status, NEW.to_status
            USING ERRCODE = 'PM005',
                  SCHEMA = TG_TABLE_SCHEMA,
                  TABLE = TG_TABLE_NAME,
                  HINT = 'change the status through the model manager, which writes the history row';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER model_status_history_records_status_change
    AFTER INSERT ON model_status_history
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    EXECUTE FUNCTION require_status_change_of_history_row();

-- A forecast counts only when it was made before the outcome was known, and a deprecated version
-- makes no new forecasts.
CREATE FUNCTION reject_late_or_retired_prediction() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path FROM CURRENT
AS $$
DECLARE
    event_resolved_at timestamptz;
    model_status text;
BEGIN
    SELECT resolved_at INTO event_resolved_at FROM events WHERE event_id = NEW.event_id;
    IF event_resolved_at IS NOT NULL AND NEW.predicted_at >= event_resolved_at THEN
        RAISE EXCEPTION 'prediction of model % for event % is made at %, not before the event was resolved at %',
                NEW.model_id, NEW.event_id, NEW.predicted_at, event_resolved_at
            USING ERRCODE = 'PM006',
                  SCHEMA = TG_TABLE_SCHEMA,
                  TABLE = TG_TABLE_NAME,
                  COLUMN = 'predicted_at',
                  HINT = 'a prediction must be made before its event resolves';
    END IF;
    SELECT status INTO model_status FROM probability_models WHERE model_id = NEW.model_id;
    IF model_status = 'deprecated' THEN
        RAISE EXCEPTION 'model % is deprecated and takes no new predictions', NEW.model_id
            USING ERRCODE = 'PM006',
                  SCHEMA = TG_TABLE_SCHEMA,
                  TABLE = TG_TABLE_NAME,
                  COLUMN = 'model_id',
                  HINT = 'record predictions for an active or testing version';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER predictions_made_in_time
    BEFORE INSERT ON predictions
    FOR EACH ROW EXECUTE FUNCTION reject_late_or_retired_prediction();
