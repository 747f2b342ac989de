package io.precog.models.adapters.postgres.store;

import io.precog.models.domain.calibration.CalibrationReport;
import io.precog.models.domain.calibration.MurphyDecomposition;
import io.precog.models.domain.calibration.SpiegelhalterTest;
import io.precog.models.domain.model.ValidationRun;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A row of {@code validation_runs}: every metric of the report in its own {@code numeric} column and
 * the bins as JSON. A run whose report is null, because no forecast had a yes or no outcome, is
 * stored with a sample size of 0 and no metric.
 */
record ValidationRunRow(long runId, long modelId, long jobInstanceId, long jobExecutionId, Instant asOf,
                        Instant windowStart, long sampleSize, long voidCount, BigDecimal brierScore,
                        BigDecimal calibrationScore, BigDecimal accuracy, BigDecimal logLoss,
                        BigDecimal expectedCalibrationError, BigDecimal maximumCalibrationError,
                        BigDecimal murphyReliability, BigDecimal murphyResolution, BigDecimal murphyUncertainty,
                        BigDecimal murphyWithinBinVariance, BigDecimal murphyWithinBinCovariance,
                        BigDecimal spiegelhalterZ, BigDecimal spiegelhalterP, String bins, Instant createdAt) {

    static ValidationRunRow of(ValidationRun run) {
        CalibrationReport report = run.report();
        if (report == null) {
            return new ValidationRunRow(run.runId(), run.modelId(), run.jobInstanceId(), run.jobExecutionId(),
                    run.asOf(), run.windowStart(), 0, 0, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, ReliabilityBinsJson.write(List.of()), run.createdAt());
        }
        MurphyDecomposition murphy = report.murphy();
        Optional<SpiegelhalterTest> spiegelhalter = report.spiegelhalter();
        return new ValidationRunRow(run.runId(), run.modelId(), run.jobInstanceId(), run.jobExecutionId(),
                run.asOf(), run.windowStart(), report.sampleSize(), report.voidCount(), report.brierScore(),
                report.calibrationScore(), report.accuracy(), report.logLoss(), report.expectedCalibrationError(),
                report.maximumCalibrationError(), murphy.reliability(), murphy.resolution(), murphy.uncertainty(),
                murphy.withinBinVariance(), murphy.withinBinCovariance(),
                spiegelhalter.map(SpiegelhalterTest::z).orElse(null),
                spiegelhalter.map(SpiegelhalterTest::pValue).orElse(null),
                ReliabilityBinsJson.write(report.bins()), run.createdAt());
    }

    ValidationRun toValidationRun() {
        return new ValidationRun(runId, modelId, jobInstanceId, jobExecutionId, asOf, windowStart, report(),
                createdAt);
    }

    private CalibrationReport report() {
        if (brierScore == null) {
            return null;
        }
        Optional<SpiegelhalterTest> spiegelhalter = spiegelhalterZ == null
                ? Optional.empty()
                : Optional.of(new SpiegelhalterTest(spiegelhalterZ, spiegelhalterP));
        return new CalibrationReport(sampleSize, voidCount, brierScore, calibrationScore, accuracy, logLoss,
                ReliabilityBinsJson.read(bins), expectedCalibrationError, maximumCalibrationError,
                new MurphyDecomposition(murphyReliability, murphyResolution, murphyUncertainty,
                        murphyWithinBinVariance, murphyWithinBinCovariance),
                spiegelhalter);
    }
}
