package io.precog.models.adapters.rest.json;

import io.precog.models.domain.calibration.ReliabilityBin;
import io.precog.models.domain.model.ValidationRun;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The reliability diagram of a model version from one validation run: the non-empty bins of ten equal-width
 * probability bins, with mean probability, observed frequency and its Wilson 95% interval.
 */
public record ReliabilityDiagramBody(long modelId, long runId, Instant asOf, long sampleSize,
                                     List<ReliabilityBin> bins, BigDecimal expectedCalibrationError,
                                     BigDecimal maximumCalibrationError) {

    public static ReliabilityDiagramBody of(ValidationRun run) {
        return new ReliabilityDiagramBody(run.modelId(), run.runId(), run.asOf(), run.report().sampleSize(),
                run.report().bins(), run.report().expectedCalibrationError(),
                run.report().maximumCalibrationError());
    }
}
