package io.precog.models.adapters.rest.json;

import java.math.BigDecimal;

/**
 * Body of a metrics update; an omitted metric keeps its value, and at least one must be given.
 *
 * @param validationCalibration 1 − Brier score, a decimal in [0, 1], stored exactly as written
 * @param validationAccuracy    share of correct forecasts, a decimal in [0, 1], stored exactly as written
 * @param validationSampleSize  number of scored forecasts, an integer of at least 0
 */
public record MetricsRequest(BigDecimal validationCalibration, BigDecimal validationAccuracy,
                             Long validationSampleSize) {
}
