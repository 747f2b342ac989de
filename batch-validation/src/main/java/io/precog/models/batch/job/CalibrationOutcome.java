package io.precog.models.batch.job;

/** The end of a request to run the job. */
public enum CalibrationOutcome {
    /** This execution ran to the end: every model version in scope is validated or reported as skipped. */
    COMPLETED,
    /** An earlier execution with the same identifying parameters completed; nothing ran. */
    ALREADY_COMPLETE,
    /** The execution failed or could not start, for the reason the result gives. Running the same parameters again resumes it. */
    FAILED
}
