package io.precog.models.domain.calibration;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The Wilson score interval of a binomial proportion k/n at 95% confidence, computed in decimal
 * arithmetic at 34 significant digits. Its ends are within a few units in the 34th digit of the
 * exact values, and a lower end of 0 (k = 0) and an upper end of 1 (k = n) are exact.
 */
record WilsonInterval(BigDecimal lower, BigDecimal upper) {

    /** The 0.975 quantile of the standard normal distribution. */
    static final BigDecimal Z = new BigDecimal("1.959963984540054");

    private static final BigDecimal Z_SQUARED = Z.multiply(Z);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** Computes the interval for {@code successes} out of a positive number of {@code trials}. */
    static WilsonInterval of(long trials, long successes) {
        BigDecimal lower = lowerEnd(trials, successes);
        BigDecimal upper = BigDecimal.ONE.subtract(lowerEnd(trials, trials - successes), Decimals.CONTEXT);
        return new WilsonInterval(Decimals.normalized(lower), Decimals.normalized(upper));
    }

    /**
     * Returns 2k² / (n·(2k + z² + z·√(z² + 4k(n − k)/n))), the usual lower end
     * (2k + z² − z·√(…)) / (2(n + z²)) with the cancellation between its two terms removed.
     * The upper end is 1 minus the lower end for n − k successes.
     */
    private static BigDecimal lowerEnd(long trials, long successes) {
        if (successes == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal n = BigDecimal.valueOf(trials);
        BigDecimal k = BigDecimal.valueOf(successes);
        BigInteger spreadNumerator = BigInteger.valueOf(successes).multiply(BigInteger.valueOf(trials - successes))
                .shiftLeft(2);
        BigDecimal spread = Z_SQUARED.add(new BigDecimal(spreadNumerator).divide(n, Decimals.CONTEXT));
        BigDecimal root = Z.multiply(spread.sqrt(Decimals.CONTEXT));
        BigDecimal denominator = n.multiply(k.multiply(TWO).add(Z_SQUARED).add(root));
        return k.multiply(k).multiply(TWO).divide(denominator, Decimals.CONTEXT);
    }
}
