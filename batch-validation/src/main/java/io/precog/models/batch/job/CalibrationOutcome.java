package io.precog.models.batch.job;

/** How a request to run the job ended. */
public enum CalibrationOutcome {
    /** This execution ran to the end: every model version in scope is validated or reported as skipped. */
    COMPLETED,
    /** An earlier execution with the same identifying parameters completed; nothing ran. */
    ALREADY_COMPLETE,
    /** The execution failed, or could not start; the result says why. Running the same parameters again resumes it. */
    FAILED
}
