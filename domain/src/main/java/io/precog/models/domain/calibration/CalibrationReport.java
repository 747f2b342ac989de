package io.precog.models.domain.calibration;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Every calibration metric of a non-empty set of forecasts. Void outcomes are only counted.
 *
 * <p>Unless stated otherwise, a metric is the exact rational value rounded half-even to 34
 * significant digits ({@link java.math.MathContext#DECIMAL128}), with trailing zeros removed.
 *
 * @param sampleSize               N, the number of non-void forecasts, at least 1
 * @param voidCount                forecasts whose outcome was VOID
 * @param brierScore               mean((p − y)²), in [0, 1]
 * @param calibrationScore         exactly {@code 1 − brierScore}, subtracted without rounding
 * @param accuracy                 share of forecasts where (p ≥ 0.5) equals y
 * @param logLoss                  −mean(y·ln p + (1 − y)·ln(1 − p)) with p clipped to [1e-15, 1 − 1e-15]:
 *                                 the exact mean of per-forecast terms that are each computed with
 *                                 {@link StrictMath} and rounded to a multiple of 2^−52
 * @param bins                     the non-empty reliability bins in increasing order of index
 * @param expectedCalibrationError Σ (n_b / N)·|mean p_b − frequency_b|
 * @param maximumCalibrationError  the largest |mean p_b − frequency_b|; never below the ECE
 * @param murphy                   the five-term decomposition of the Brier score over the same bins
 * @param spiegelhalter            empty when its denominator is 0, that is when every p is 0, 0.5 or 1
 */
public record CalibrationReport(long sampleSize, long voidCount, BigDecimal brierScore,
        BigDecimal calibrationScore, BigDecimal accuracy, BigDecimal logLoss, List<ReliabilityBin> bins,
        BigDecimal expectedCalibrationError, BigDecimal maximumCalibrationError,
        MurphyDecomposition murphy, Optional<SpiegelhalterTest> spiegelhalter) {

    public CalibrationReport {
        bins = List.copyOf(bins);
    }
}
