package io.precog.models.domain.model;

/** Kind of change between two versions of a model. */
public enum VersionBump {
    /** A new algorithm or feature set. */
    MAJOR,
    /** Parameter tuning. */
    MINOR,
    /** A bug fix with no change of behaviour. */
    PATCH
}
