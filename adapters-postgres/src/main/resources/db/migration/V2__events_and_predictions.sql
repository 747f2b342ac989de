-- Events that models forecast, their outcomes, and the predictions models made for them.

CREATE TABLE events (
    event_id    text        PRIMARY KEY CONSTRAINT events_event_id_check
                            CHECK (event_id ~ '^[A-Za-z0-9][A-Za-z0-9_.:-]*$' AND char_length(event_id) <= 200),
    domain      text        NOT NULL CONSTRAINT events_domain_check CHECK (is_identifier(domain)),
    description text,
    starts_at   timestamptz,
    resolution  text        NOT NULL DEFAULT 'pending' CONSTRAINT events_resolution_check
                            CHECK (resolution IN ('pending', 'yes', 'no', 'void')),
    resolved_at timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT events_resolved_at_check CHECK ((resolution = 'pending') = (resolved_at IS NULL))
);

COMMENT ON TABLE events IS
    'Things that happen or not, such as a game; resolved once from pending to yes, no or void, never deleted.';
COMMENT ON COLUMN events.resolution IS
    'pending until known; yes or no is the outcome; void (a tie, a cancelled market) is excluded from scoring.';

CREATE INDEX events_domain_idx ON events (domain);

-- An event is resolved once: pending to yes, no or void, with its time. Keeping the resolution is no change.
CREATE FUNCTION reject_event_resolution_change() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF OLD.resolution <> 'pending'
            AND (NEW.resolution IS DISTINCT FROM OLD.resolution OR NEW.resolved_at IS DISTINCT FROM OLD.resolved_at) THEN
        RAISE EXCEPTION 'event % is already resolved as % and cannot be resolved again as %',
                OLD.event_id, OLD.resolution, NEW.resolution
            USING ERRCODE = 'PM004',
                  SCHEMA = TG_TABLE_SCHEMA,
                  TABLE = TG_TABLE_NAME,
                  COLUMN = 'resolution';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER events_1_immutable_columns
    BEFORE UPDATE ON events
    FOR EACH ROW EXECUTE FUNCTION reject_immutable_column_changes(
        'event_id', 'domain', 'description', 'starts_at', 'created_at');

CREATE TRIGGER events_2_resolved_once
    BEFORE UPDATE ON events
    FOR EACH ROW EXECUTE FUNCTION reject_event_resolution_change();

CREATE TRIGGER events_never_deleted
    BEFORE DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION reject_rewrite_of_append_only_rows('an event that did not take place is resolved as void');

CREATE TRIGGER events_never_truncated
    BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION reject_rewrite_of_append_only_rows('an event that did not take place is resolved as void');

-- The probability a model version gave to an event: one per version and event, never changed.
CREATE TABLE predictions (
    prediction_id bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    model_id      bigint      NOT NULL CONSTRAINT predictions_model_id_fkey REFERENCES probability_models (model_id),
    event_id      text        NOT NULL CONSTRAINT predictions_event_id_fkey REFERENCES events (event_id),
    probability   numeric     NOT NULL CONSTRAINT predictions_probability_check CHECK (probability BETWEEN 0 AND 1),
    predicted_at  timestamptz NOT NULL,
    recorded_by   text        NOT NULL,
    recorded_at   timestamptz NOT NULL,
    CONSTRAINT predictions_model_event_key UNIQUE (model_id, event_id)
);

COMMENT ON TABLE predictions IS
    'Probability of yes that a model version gave to an event; one per version and event; never updated or deleted.';

CREATE INDEX predictions_event_idx ON predictions (event_id);

CREATE TRIGGER predictions_append_only
    BEFORE UPDATE OR DELETE ON predictions
    FOR EACH ROW EXECUTE FUNCTION reject_rewrite_of_append_only_rows();

CREATE TRIGGER predictions_never_truncated
    BEFORE TRUNCATE ON predictions
    FOR EACH STATEMENT EXECUTE FUNCTION reject_rewrite_of_append_only_rows();
