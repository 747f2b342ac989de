package io.precog.models.adapters.postgres.store;

/**
 * Maps a statement the database rejected to a domain exception by throwing it; returning means the
 * error is unexpected. It runs after the rollback, so it may read the database to name the
 * offending values.
 */
@FunctionalInterface
interface ErrorTranslation {

    /** Translates nothing: every error is unexpected. */
    ErrorTranslation NONE = error -> {
    };

    void translate(DatabaseError error);
}
