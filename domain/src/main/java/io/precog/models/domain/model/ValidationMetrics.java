package io.precog.models.domain.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Latest validation results of a model version. Every component is null until first measured.
 *
 * @param calibration     1 − Brier score, in [0, 1]
 * @param accuracy        share of correct forecasts, in [0, 1]
 * @param sampleSize      number of scored forecasts, ≥ 0
 * @param lastValidatedAt when any of the three was last updated
 */
public record ValidationMetrics(BigDecimal calibration, BigDecimal accuracy, Long sampleSize,
                                Instant lastValidatedAt) {

    /** Metrics of a version that was never validated. */
    public static final ValidationMetrics NONE = new ValidationMetrics(null, null, null, null);

    /** Applies an update: the values it gives replace the current ones, the others stay. */
    public ValidationMetrics apply(MetricsUpdate update, Instant validatedAt) {
        return new ValidationMetrics(
                update.calibration() != null ? update.calibration() : calibration,
                update.accuracy() != null ? update.accuracy() : accuracy,
                update.sampleSize() != null ? update.sampleSize() : sampleSize,
                validatedAt);
    }
}
