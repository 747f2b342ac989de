package io.precog.models.adapters.rest.json;

import io.precog.models.domain.calibration.CalibrationReport;
import io.precog.models.domain.model.ValidationRun;
import java.time.Instant;

/**
 * One validation run of a model version and the calibration report it computed.
 *
 * @param asOf        predictions of events resolved up to this time were scored
 * @param windowStart predictions made before this time were left out; null for no lower bound
 */
public record ValidationRunBody(long runId, long modelId, long jobInstanceId, long jobExecutionId, Instant asOf,
                                Instant windowStart, Instant createdAt, CalibrationReport report) {

    public static ValidationRunBody of(ValidationRun run) {
        return new ValidationRunBody(run.runId(), run.modelId(), run.jobInstanceId(), run.jobExecutionId(),
                run.asOf(), run.windowStart(), run.createdAt(), run.report());
    }
}
