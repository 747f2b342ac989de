package io.precog.models.domain.calibration;

/** The resolution of an event: YES is y = 1, NO is y = 0, and VOID (a tie, a cancelled market) is excluded from every metric. */
public enum Outcome {
    YES,
    NO,
    VOID
}
