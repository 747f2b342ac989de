package io.precog.models.domain.calibration;

import java.math.BigInteger;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The five Murphy terms as exact rationals, whose {@link #sum()} equals the Brier score exactly. With N
 * forecasts, M of them YES, and per bin k: n_k forecasts, m_k YES, S_k = Σp, A_k = Σp over YES
 * outcomes and Q_k = Σp², the terms are
 * <pre>
 * reliability         = Σ (S_k − m_k)² / (n_k·N)
 * resolution          = Σ (m_k·N − M·n_k)² / (n_k·N³)
 * uncertainty         = M·(N − M) / N²
 * withinBinVariance   = Σ (n_k·Q_k − S_k²) / (n_k·N)
 * withinBinCovariance = 2·Σ (n_k·A_k − m_k·S_k) / (n_k·N)
 * </pre>
 */
record MurphyFractions(BigFraction reliability, BigFraction resolution, BigFraction uncertainty,
        BigFraction withinBinVariance, BigFraction withinBinCovariance) {

    private static final BigInteger UNIT = CalibrationStatistics.ONE;
    private static final BigInteger UNIT_SQUARED = UNIT.multiply(UNIT);

    static MurphyFractions of(CalibrationStatistics statistics) {
        BigInteger total = BigInteger.valueOf(statistics.sampleSize());
        BigInteger yes = BigInteger.valueOf(statistics.yesCount());
        // Every term is Σ_k X_k / n_k over a constant. The sums run over the common denominator
        // D = Π n_k, so that each term is reduced to lowest terms only once.
        BigInteger common = statistics.bins().stream().filter(bin -> !bin.isEmpty())
                .map(bin -> BigInteger.valueOf(bin.count())).reduce(BigInteger.ONE, BigInteger::multiply);

        BigInteger reliability = BigInteger.ZERO;
        BigInteger resolution = BigInteger.ZERO;
        BigInteger variance = BigInteger.ZERO;
        BigInteger covariance = BigInteger.ZERO;
        for (BinStatistics bin : statistics.bins()) {
            if (bin.isEmpty()) {
                continue;
            }
            BigInteger n = BigInteger.valueOf(bin.count());
            BigInteger m = BigInteger.valueOf(bin.yesCount());
            BigInteger sum = bin.probabilitySum();
            BigInteger weight = common.divide(n);
            BigInteger gap = sum.subtract(m.multiply(UNIT));
            BigInteger frequencyGap = m.multiply(total).subtract(yes.multiply(n));

            reliability = reliability.add(gap.multiply(gap).multiply(weight));
            resolution = resolution.add(frequencyGap.multiply(frequencyGap).multiply(weight));
            variance = variance.add(n.multiply(bin.squareSum()).subtract(sum.multiply(sum)).multiply(weight));
            covariance = covariance.add(n.multiply(bin.yesProbabilitySum()).subtract(m.multiply(sum)).multiply(weight));
        }

        BigInteger commonTotal = common.multiply(total);
        return new MurphyFractions(
                new BigFraction(reliability, commonTotal.multiply(UNIT_SQUARED)),
                new BigFraction(resolution, commonTotal.multiply(total.pow(2))),
                new BigFraction(yes.multiply(total.subtract(yes)), total.pow(2)),
                new BigFraction(variance, commonTotal.multiply(UNIT_SQUARED)),
                new BigFraction(covariance.shiftLeft(1), commonTotal.multiply(UNIT)));
    }

    /** reliability − resolution + uncertainty + withinBinVariance − withinBinCovariance. */
    BigFraction sum() {
        return reliability.subtract(resolution).add(uncertainty).add(withinBinVariance).subtract(withinBinCovariance);
    }

    MurphyDecomposition toDecimals() {
        return new MurphyDecomposition(Decimals.of(reliability), Decimals.of(resolution), Decimals.of(uncertainty),
                Decimals.of(withinBinVariance), Decimals.of(withinBinCovariance));
    }
}
