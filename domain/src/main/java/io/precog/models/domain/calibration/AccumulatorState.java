package io.precog.models.domain.calibration;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The sufficient statistics of a set of forecasts, all exact integers, kept per reliability bin and
 * per outcome. Probabilities enter as p × 10^18, so the sums below are exact multiples of 10^−18,
 * 10^−36 or 10^−72. The log-loss sum is in units of 2^−52 (see {@link LogLossTerm}). Word counts
 * are chosen so that no sum can overflow before a count of 2^63 − 1 forecasts does.
 */
final class AccumulatorState {

    static final int BINS = 10;

    private static final long BIN_WIDTH = FixedPointProbability.ONE / BINS;
    private static final int CELLS = BINS * 2;
    /** Σp per cell: each p is below 2^60. */
    private static final int SUM_WORDS = 2;
    /** Σp² per bin: each p² is below 2^120. */
    private static final int SQUARE_WORDS = 3;
    /** Σ log-loss terms: each is below 2^58. */
    private static final int LOG_LOSS_WORDS = 2;
    /** Σ(p(1 − p))²: each term is below 2^236. */
    private static final int VARIANCE_SQUARE_WORDS = 5;

    /** Count per cell, where the cell of a forecast is bin × 2 + 1 for YES and bin × 2 for NO. */
    private final long[] counts = new long[CELLS];
    private final long[] probabilitySums = new long[CELLS * SUM_WORDS];
    private final long[] squareSums = new long[BINS * SQUARE_WORDS];
    private final long[] logLossSum = new long[LOG_LOSS_WORDS];
    private final long[] varianceSquareSum = new long[VARIANCE_SQUARE_WORDS];
    private long voids;

    /** Records one non-void forecast whose {@code probability} is p × 10^18, in [0, 10^18]. */
    void add(long probability, boolean yes) {
        int bin = binOf(probability);
        int cell = bin * 2 + (yes ? 1 : 0);
        counts[cell]++;
        WideArithmetic.add64(probabilitySums, cell * SUM_WORDS, SUM_WORDS, probability);
        WideArithmetic.add128(squareSums, bin * SQUARE_WORDS, SQUARE_WORDS,
                probability * probability, Math.multiplyHigh(probability, probability));
        WideArithmetic.add64(logLossSum, 0, LOG_LOSS_WORDS, LogLossTerm.quantized(probability, yes));
        long complement = FixedPointProbability.ONE - probability;
        WideArithmetic.addSquare128(varianceSquareSum, 0, VARIANCE_SQUARE_WORDS,
                probability * complement, Math.multiplyHigh(probability, complement));
    }

    void addVoid() {
        voids++;
    }

    /** Adds every statistic of {@code other}, which must not be this state. */
    void addAll(AccumulatorState other) {
        for (int cell = 0; cell < CELLS; cell++) {
            counts[cell] = Math.addExact(counts[cell], other.counts[cell]);
            WideArithmetic.addSlice(probabilitySums, other.probabilitySums, cell * SUM_WORDS, SUM_WORDS);
        }
        for (int bin = 0; bin < BINS; bin++) {
            WideArithmetic.addSlice(squareSums, other.squareSums, bin * SQUARE_WORDS, SQUARE_WORDS);
        }
        WideArithmetic.addSlice(logLossSum, other.logLossSum, 0, LOG_LOSS_WORDS);
        WideArithmetic.addSlice(varianceSquareSum, other.varianceSquareSum, 0, VARIANCE_SQUARE_WORDS);
        voids = Math.addExact(voids, other.voids);
    }

    AccumulatorState copy() {
        AccumulatorState copy = new AccumulatorState();
        copy.addAll(this);
        return copy;
    }

    long sampleSize() {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return total;
    }

    long voidCount() {
        return voids;
    }

    CalibrationStatistics snapshot() {
        List<BinStatistics> bins = new ArrayList<>(BINS);
        for (int bin = 0; bin < BINS; bin++) {
            int no = bin * 2;
            int yes = no + 1;
            bins.add(new BinStatistics(bin, counts[no], counts[yes],
                    WideArithmetic.toBigInteger(probabilitySums, no * SUM_WORDS, SUM_WORDS),
                    WideArithmetic.toBigInteger(probabilitySums, yes * SUM_WORDS, SUM_WORDS),
                    WideArithmetic.toBigInteger(squareSums, bin * SQUARE_WORDS, SQUARE_WORDS)));
        }
        return new CalibrationStatistics(bins, voids,
                WideArithmetic.toBigInteger(logLossSum, 0, LOG_LOSS_WORDS),
                WideArithmetic.toBigInteger(varianceSquareSum, 0, VARIANCE_SQUARE_WORDS));
    }

    /** Returns the bin of a probability: [k/10, (k+1)/10) for k below 9, and [0.9, 1] for the last. */
    static int binOf(long probability) {
        return (int) Math.min(probability / BIN_WIDTH, BINS - 1);
    }
}
