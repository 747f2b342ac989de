package io.precog.models.batch.job;

/**
 * What one request to run the job did.
 *
 * @param jobInstanceId  the instance the parameters identify; 0 when the job could not start at all
 * @param jobExecutionId the execution that ran, or for {@link CalibrationOutcome#ALREADY_COMPLETE} the one
 *                       that completed earlier; 0 when none
 * @param failure        why it failed; null unless the outcome is {@link CalibrationOutcome#FAILED}
 */
public record CalibrationRun(CalibrationOutcome outcome, CalibrationParameters parameters, long jobInstanceId,
                             long jobExecutionId, String failure) {
}
