package io.precog.models.domain.calibration;

import java.math.BigInteger;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * An exact snapshot of an accumulator: the ten bins in order, the void count, the sum of log-loss
 * terms in units of 2^−52, and Σ(p(1 − p))² in units of 10^−72.
 */
record CalibrationStatistics(List<BinStatistics> bins, long voidCount, BigInteger logLossSum,
        BigInteger varianceSquareSum) {

    /** 1 in units of 10^−18, the scale of every probability sum. */
    static final BigInteger ONE = BigInteger.valueOf(FixedPointProbability.ONE);

    CalibrationStatistics {
        bins = List.copyOf(bins);
    }

    long sampleSize() {
        return bins.stream().mapToLong(BinStatistics::count).sum();
    }

    long yesCount() {
        return bins.stream().mapToLong(BinStatistics::yesCount).sum();
    }

    BigInteger probabilitySum() {
        return bins.stream().map(BinStatistics::probabilitySum).reduce(BigInteger.ZERO, BigInteger::add);
    }

    BigInteger yesProbabilitySum() {
        return bins.stream().map(BinStatistics::yesProbabilitySum).reduce(BigInteger.ZERO, BigInteger::add);
    }

    BigInteger squareSum() {
        return bins.stream().map(BinStatistics::squareSum).reduce(BigInteger.ZERO, BigInteger::add);
    }

    /**
     * Counts forecasts where (p ≥ 0.5) equals the outcome. Bins 5 to 9 hold exactly the forecasts
     * with p ≥ 0.5, because 0.5 is a bin edge and an edge belongs to the upper bin.
     */
    long correctCount() {
        return bins.stream()
                .mapToLong(bin -> bin.index() >= AccumulatorState.BINS / 2 ? bin.yesCount() : bin.noCount())
                .sum();
    }

    /** Σ(p − y)² in units of 10^−36: Σp² − 2Σ_{y=1}p + n₁. */
    BigInteger squaredErrorSum() {
        return squareSum()
                .subtract(yesProbabilitySum().multiply(ONE).shiftLeft(1))
                .add(BigInteger.valueOf(yesCount()).multiply(ONE.pow(2)));
    }

    /** Returns the Brier score mean((p − y)²) as an exact rational. The sample must not be empty. */
    BigFraction brierScore() {
        return new BigFraction(squaredErrorSum(), BigInteger.valueOf(sampleSize()).multiply(ONE.pow(2)));
    }
}
