package io.precog.models.domain.calibration;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Spiegelhalter's test of calibration: z = Σ(y − p)(1 − 2p) / √Σ(1 − 2p)²·p(1 − p), standard normal
 * under the hypothesis that the forecasts are calibrated.
 *
 * @param z      the statistic, rounded to 34 significant digits
 * @param pValue two-sided p-value 2·Φ(−|z|), computed in {@code double} by Commons Math's normal
 *               distribution and so far less precise than z. It is 0 when |z| exceeds about 38.5,
 *               where the tail underflows a double.
 */
public record SpiegelhalterTest(BigDecimal z, BigDecimal pValue) {

    /** Six guard digits for the square root and the division, before z is rounded to 34 digits. */
    private static final MathContext WORKING = new MathContext(40);

    /**
     * Computes the test from exact sums. In units of 10^−36 the numerator is
     * n₁ − 2·Σ_{y=1}p − Σp + 2·Σp², and in units of 10^−72 the denominator's square is
     * Σp(1 − p) − 4·Σ(p(1 − p))², because (1 − 2p)² = 1 − 4p(1 − p).
     */
    static Optional<SpiegelhalterTest> of(CalibrationStatistics statistics) {
        BigInteger unit = CalibrationStatistics.ONE;
        BigInteger squareSum = statistics.squareSum();
        BigInteger probabilitySum = statistics.probabilitySum();
        BigInteger variance = statistics.varianceSquareSum().shiftLeft(2).negate()
                .add(unit.pow(2).multiply(probabilitySum.multiply(unit).subtract(squareSum)));
        if (variance.signum() == 0) {
            return Optional.empty();
        }
        BigInteger numerator = BigInteger.valueOf(statistics.yesCount()).multiply(unit.pow(2))
                .subtract(statistics.yesProbabilitySum().shiftLeft(1).add(probabilitySum).multiply(unit))
                .add(squareSum.shiftLeft(1));
        BigDecimal z = new BigDecimal(numerator)
                .divide(new BigDecimal(variance).sqrt(WORKING), WORKING)
                .round(Decimals.CONTEXT);
        double tail = new NormalDistribution(null, 0, 1).cumulativeProbability(-Math.abs(z.doubleValue()));
        return Optional.of(new SpiegelhalterTest(Decimals.normalized(z), Decimals.fromDouble(2 * tail)));
    }
}
