package io.precog.models.domain.model;

import io.precog.models.domain.calibration.CalibrationReport;
import java.time.Instant;

/**
 * Calibration of one model version computed by one run of the validation job.
 *
 * @param runId          surrogate key, 0 before the run is stored
 * @param jobInstanceId  the batch job instance; a model is validated at most once per instance
 * @param asOf           predictions of events resolved up to this time are included
 * @param windowStart    predictions made before this time are excluded; null for no lower bound
 */
public record ValidationRun(long runId, long modelId, long jobInstanceId, long jobExecutionId, Instant asOf,
                            Instant windowStart, CalibrationReport report, Instant createdAt) {
}
