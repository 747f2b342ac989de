package io.precog.models.adapters.postgres.database;

/**
 * SQLSTATE codes that the schema raises, so that adapters can turn a refused statement into the
 * matching domain error. The {@code PM} codes come from the schema's own triggers; the others are
 * PostgreSQL's codes for the constraints the schema declares (see {@link SchemaConstraints}).
 */
public final class SqlStates {

    /** An UPDATE tried to change a column that never changes, such as a model's config. */
    public static final String IMMUTABLE_COLUMN = "PM001";

    /**
     * A status change that the lifecycle does not allow, or a model version created as deprecated.
     * The message names the current and the requested status; the detail lists the allowed targets.
     */
    public static final String ILLEGAL_STATUS_TRANSITION = "PM002";

    /** An UPDATE, DELETE or TRUNCATE of rows that are never changed or removed once written. */
    public static final String APPEND_ONLY = "PM003";

    /** A change to the resolution of an event that is no longer pending. */
    public static final String EVENT_ALREADY_RESOLVED = "PM004";

    /**
     * A status change committed without its history row, or a history row without its status change.
     * Raised when the transaction commits.
     */
    public static final String STATUS_CHANGE_UNRECORDED = "PM005";

    /** A prediction made at or after its event was resolved, or for a deprecated model version. */
    public static final String PREDICTION_REJECTED = "PM006";

    /** PostgreSQL's unique_violation: a duplicate version, prediction or validation run. */
    public static final String UNIQUE_VIOLATION = "23505";

    /** PostgreSQL's foreign_key_violation: an unknown model class, model or event. */
    public static final String FOREIGN_KEY_VIOLATION = "23503";

    /** PostgreSQL's check_violation: a value outside its allowed form or range. */
    public static final String CHECK_VIOLATION = "23514";

    /** PostgreSQL's not_null_violation. */
    public static final String NOT_NULL_VIOLATION = "23502";

    private SqlStates() {
    }
}
