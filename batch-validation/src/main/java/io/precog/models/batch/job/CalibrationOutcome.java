package io.precog.models.batch.job;

/** The end of a request to run the job. */
public enum CalibrationOutcome {
    /** This execution ran to the end: every model version in scope is validated or reported as skipped. */
    COMPLETED,
    /** An earlier execution with the same identifying parameters completed; nothing ran. */
    ALREADY_COMPLETE,
    /** The execution failed, for the reason the result gives. Running the same parameters again resumes it. */
    FAILED,
    /**
     * An execution of the same job instance is still marked as running, because another process runs it
     * or because its process was killed. Nothing ran. Recovering it marks it failed and resumes it.
     */
    STILL_RUNNING,
    /** The job repository rejected the parameters, for the reason the result gives; nothing ran. */
    NOT_STARTED
}
