package io.precog.models.domain.calibration;

import java.math.BigDecimal;

/**
 * One non-empty bin of the reliability diagram: the forecasts with p in [lowerBound, upperBound),
 * or in [0.9, 1] for the last bin (index 9).
 *
 * @param index             0 to 9, where bin k covers [k/10, (k+1)/10)
 * @param count             non-void forecasts in the bin, at least 1
 * @param meanProbability   mean p of the bin
 * @param observedFrequency share of the bin's forecasts whose outcome was YES
 * @param wilsonLower       lower end of the Wilson 95% interval of the observed frequency
 * @param wilsonUpper       upper end of that interval
 */
public record ReliabilityBin(int index, BigDecimal lowerBound, BigDecimal upperBound, long count,
        BigDecimal meanProbability, BigDecimal observedFrequency, BigDecimal wilsonLower, BigDecimal wilsonUpper) {
}
