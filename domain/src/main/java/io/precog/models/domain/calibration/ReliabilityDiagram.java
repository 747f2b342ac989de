package io.precog.models.domain.calibration;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Reliability bins and the calibration errors read off them. The gap of a bin is
 * |mean p − observed frequency| = |Σp − n₁| / n, an exact rational.
 */
final class ReliabilityDiagram {

    private ReliabilityDiagram() {
    }

    static List<ReliabilityBin> bins(CalibrationStatistics statistics) {
        return statistics.bins().stream().filter(bin -> !bin.isEmpty()).map(ReliabilityDiagram::bin).toList();
    }

    /** Σ (n_b / N)·gap_b = Σ |Σp_b − n₁_b| / N, exact before the final rounding. */
    static BigDecimal expectedCalibrationError(CalibrationStatistics statistics) {
        BigInteger total = statistics.bins().stream()
                .map(ReliabilityDiagram::scaledGap)
                .reduce(BigInteger.ZERO, BigInteger::add);
        return Decimals.quotient(total,
                BigInteger.valueOf(statistics.sampleSize()).multiply(CalibrationStatistics.ONE));
    }

    /** Finds the largest gap by exact comparison and rounds it. */
    static BigDecimal maximumCalibrationError(CalibrationStatistics statistics) {
        BinStatistics widest = null;
        for (BinStatistics bin : statistics.bins()) {
            if (!bin.isEmpty() && (widest == null || compareGaps(bin, widest) > 0)) {
                widest = bin;
            }
        }
        return Decimals.quotient(scaledGap(widest),
                BigInteger.valueOf(widest.count()).multiply(CalibrationStatistics.ONE));
    }

    /** Compares gap_a = g_a / n_a with gap_b = g_b / n_b as g_a·n_b against g_b·n_a. */
    private static int compareGaps(BinStatistics a, BinStatistics b) {
        return scaledGap(a).multiply(BigInteger.valueOf(b.count()))
                .compareTo(scaledGap(b).multiply(BigInteger.valueOf(a.count())));
    }

    private static ReliabilityBin bin(BinStatistics bin) {
        BigInteger scaledCount = BigInteger.valueOf(bin.count()).multiply(CalibrationStatistics.ONE);
        WilsonInterval wilson = WilsonInterval.of(bin.count(), bin.yesCount());
        return new ReliabilityBin(bin.index(),
                BigDecimal.valueOf(bin.index(), 1),
                BigDecimal.valueOf(bin.index() + 1L, 1),
                bin.count(),
                Decimals.quotient(bin.probabilitySum(), scaledCount),
                Decimals.quotient(bin.yesCount(), bin.count()),
                wilson.lower(),
                wilson.upper());
    }

    /** |Σp − n₁| in units of 10^−18. */
    private static BigInteger scaledGap(BinStatistics bin) {
        return bin.probabilitySum().subtract(BigInteger.valueOf(bin.yesCount()).multiply(CalibrationStatistics.ONE))
                .abs();
    }
}
