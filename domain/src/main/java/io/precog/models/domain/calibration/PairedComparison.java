package io.precog.models.domain.calibration;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Brier scores of two model versions, A and B, compared on the events both predicted. For each
 * non-void event d = (p_A − y)² − (p_B − y)², so a negative mean difference favours A.
 *
 * <p>The means are exact rationals rounded half-even to 34 significant digits, each on its own, so
 * {@code meanDifference} may differ from {@code meanBrierA − meanBrierB} in the 34th digit.
 *
 * @param commonEvents   non-void events in the comparison, at least 1
 * @param meanBrierA     Brier score of A on those events
 * @param meanBrierB     Brier score of B on those events
 * @param meanDifference mean of d, that is A's Brier score minus B's
 * @param standardError  s_d / √n with s_d the sample standard deviation of d, rounded to 34
 *                       significant digits, or empty when n &lt; 2 or every d is the same
 * @param pValue         two-sided p-value of the paired t-test of mean d = 0, with n − 1 degrees of
 *                       freedom, computed in {@code double} by Commons Math's t distribution and
 *                       so far less precise than the means. It is empty whenever the standard error is.
 */
public record PairedComparison(long commonEvents, BigDecimal meanBrierA, BigDecimal meanBrierB,
        BigDecimal meanDifference, Optional<BigDecimal> standardError, Optional<BigDecimal> pValue) {

    private static final BigInteger UNIT = CalibrationStatistics.ONE;
    private static final MathContext WORKING = new MathContext(40);

    public PairedComparison {
        Objects.requireNonNull(meanBrierA, "meanBrierA");
        Objects.requireNonNull(meanBrierB, "meanBrierB");
        Objects.requireNonNull(meanDifference, "meanDifference");
        Objects.requireNonNull(standardError, "standardError");
        Objects.requireNonNull(pValue, "pValue");
    }

    /**
     * Compares the versions on the non-void forecasts of the list.
     *
     * @return empty when no forecast has a YES or NO outcome
     */
    public static Optional<PairedComparison> of(List<PairedForecast> forecasts) {
        long n = 0;
        BigInteger errorSumA = BigInteger.ZERO;
        BigInteger errorSumB = BigInteger.ZERO;
        BigInteger differenceSquareSum = BigInteger.ZERO;
        for (PairedForecast forecast : forecasts) {
            Objects.requireNonNull(forecast, "forecast");
            if (forecast.outcome() == Outcome.VOID) {
                continue;
            }
            BigInteger errorA = squaredError(forecast.probabilityA(), forecast.outcome());
            BigInteger errorB = squaredError(forecast.probabilityB(), forecast.outcome());
            BigInteger difference = errorA.subtract(errorB);
            n++;
            errorSumA = errorSumA.add(errorA);
            errorSumB = errorSumB.add(errorB);
            differenceSquareSum = differenceSquareSum.add(difference.multiply(difference));
        }
        if (n == 0) {
            return Optional.empty();
        }

        BigInteger count = BigInteger.valueOf(n);
        BigInteger scaledCount = count.multiply(UNIT.pow(2));
        BigInteger differenceSum = errorSumA.subtract(errorSumB);
        // n·Σd² − (Σd)² = n(n − 1)·s_d², in units of 10^−72.
        BigInteger spread = count.multiply(differenceSquareSum).subtract(differenceSum.multiply(differenceSum));
        Optional<BigDecimal> standardError = Optional.empty();
        Optional<BigDecimal> pValue = Optional.empty();

        if (n >= 2 && spread.signum() > 0) {
            BigInteger degreesOfFreedom = count.subtract(BigInteger.ONE);
            BigDecimal error = new BigDecimal(spread)
                    .divide(new BigDecimal(count.pow(2).multiply(degreesOfFreedom)), WORKING)
                    .sqrt(WORKING)
                    .movePointLeft(36);
            standardError = Optional.of(Decimals.normalized(error.round(Decimals.CONTEXT)));
            // |t| = |mean d| / standard error = √((Σd)²·(n − 1) / (n·Σd² − (Σd)²)).
            double absoluteT = new BigDecimal(differenceSum.pow(2).multiply(degreesOfFreedom))
                    .divide(new BigDecimal(spread), WORKING).sqrt(WORKING).doubleValue();
            pValue = Optional.of(Decimals.fromDouble(twoSidedTail(absoluteT, n - 1)));
        }
        return Optional.of(new PairedComparison(n, Decimals.quotient(errorSumA, scaledCount),
                Decimals.quotient(errorSumB, scaledCount), Decimals.quotient(differenceSum, scaledCount),
                standardError, pValue));
    }

    private static double twoSidedTail(double absoluteT, long degreesOfFreedom) {
        return 2 * new TDistribution(null, degreesOfFreedom).cumulativeProbability(-absoluteT);
    }

    /** (p − y)² in units of 10^−36. */
    private static BigInteger squaredError(BigDecimal probability, Outcome outcome) {
        long fixedPoint = FixedPointProbability.parse(probability, "probability");
        long error = outcome == Outcome.YES ? FixedPointProbability.ONE - fixedPoint : fixedPoint;
        BigInteger value = BigInteger.valueOf(error);
        return value.multiply(value);
    }
}
