package io.precog.models.batch.job;

/**
 * What one request to run the job did.
 *
 * @param jobInstanceId  the instance the parameters identify; 0 for {@link CalibrationOutcome#NOT_STARTED}
 * @param jobExecutionId the execution that ran, or for {@link CalibrationOutcome#ALREADY_COMPLETE} the one
 *                       that completed earlier, or for {@link CalibrationOutcome#STILL_RUNNING} the one
 *                       still marked as running; 0 for {@link CalibrationOutcome#NOT_STARTED}
 * @param failure        why it failed or did not start; null when the outcome is
 *                       {@link CalibrationOutcome#COMPLETED} or {@link CalibrationOutcome#ALREADY_COMPLETE}
 */
public record CalibrationRun(CalibrationOutcome outcome, CalibrationParameters parameters, long jobInstanceId,
                             long jobExecutionId, String failure) {
}
