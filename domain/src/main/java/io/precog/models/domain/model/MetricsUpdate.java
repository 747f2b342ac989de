package io.precog.models.domain.model;

import io.precog.models.domain.error.InvalidMetricsException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * New validation metrics for a model version; a null component leaves the current value unchanged,
 * but at least one must be given. Values are kept exactly as given: {@code 0.92} stays {@code 0.92}.
 *
 * @param calibration 1 − Brier score, in [0, 1]
 * @param accuracy    share of correct forecasts, in [0, 1]
 * @param sampleSize  number of scored forecasts, ≥ 0
 */
public record MetricsUpdate(BigDecimal calibration, BigDecimal accuracy, Long sampleSize) {

    /** Maximum number of decimal places of a metric: the 34 digits of {@code MathContext.DECIMAL128}. */
    public static final int MAX_SCALE = 34;

    /** Decimal places of a metric the system computes, rounded half-even before it is stored. */
    public static final int COMPUTED_SCALE = 10;

    public MetricsUpdate {
        if (calibration == null && accuracy == null && sampleSize == null) {
            throw new InvalidMetricsException("", null,
                    "no metric given; give at least one of validation_calibration, validation_accuracy,"
                            + " validation_sample_size");
        }
        requireUnitInterval("validation_calibration", calibration);
        requireUnitInterval("validation_accuracy", accuracy);
        if (sampleSize != null && sampleSize < 0) {
            throw new InvalidMetricsException("validation_sample_size", sampleSize,
                    "must be an integer of at least 0");
        }
    }

    /**
     * Metrics that the system computed, rounded half-even to {@value #COMPUTED_SCALE} decimal places
     * for storage.
     */
    public static MetricsUpdate computed(BigDecimal calibration, BigDecimal accuracy, long sampleSize) {
        return new MetricsUpdate(roundComputed(calibration), roundComputed(accuracy), sampleSize);
    }

    /** Rounds a computed value half-even to {@value #COMPUTED_SCALE} decimal places, as stored. */
    public static BigDecimal roundComputed(BigDecimal value) {
        return value == null ? null : value.setScale(COMPUTED_SCALE, RoundingMode.HALF_EVEN);
    }

    private static void requireUnitInterval(String field, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidMetricsException(field, value.toPlainString(), "must be a decimal in [0, 1]");
        }
        if (value.scale() > MAX_SCALE) {
            throw new InvalidMetricsException(field, value.toPlainString(),
                    "has " + value.scale() + " decimal places; the maximum is " + MAX_SCALE);
        }
    }
}
