package io.precog.models.domain.benchmark;

import io.precog.models.domain.calibration.CalibrationAccumulator;
import io.precog.models.domain.calibration.CalibrationReport;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of {@link CalibrationAccumulator}: forecasts added per second from a pre-built array,
 * merges and reports per second, and for scale a plain exact BigDecimal sum of squared errors over
 * the same array. The array and outcomes come from a fixed seed, so every run measures the same input.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CalibrationAccumulatorBenchmark {

    private static final int FORECASTS = 1 << 16;
    private static final long SEED = 20_260_101L;

    /** Kind of probabilities: {@code realistic} have 16 or 17 decimal places (0.8246512009492516), {@code short} two (0.65). */
    @Param({"realistic", "short"})
    public String probabilities;

    private BigDecimal[] probabilityValues;
    private boolean[] outcomes;
    private CalibrationAccumulator first;
    private CalibrationAccumulator second;

    @Setup
    public void prepare() {
        SplittableRandom random = new SplittableRandom(SEED);
        probabilityValues = new BigDecimal[FORECASTS];
        outcomes = new boolean[FORECASTS];
        for (int i = 0; i < FORECASTS; i++) {
            probabilityValues[i] = probabilities.equals("short")
                    ? BigDecimal.valueOf(random.nextLong(101), 2)
                    : randomLongProbability(random);
            outcomes[i] = random.nextDouble() < probabilityValues[i].doubleValue();
        }
        first = fill(0, FORECASTS / 2);
        second = fill(FORECASTS / 2, FORECASTS);
    }

    /** Forecasts added per second. */
    @Benchmark
    @OperationsPerInvocation(FORECASTS)
    public CalibrationAccumulator add() {
        return fill(0, FORECASTS);
    }

    /** Merges of two filled accumulators into a new one per second. */
    @Benchmark
    public CalibrationAccumulator merge() {
        return CalibrationAccumulator.merged(first, second);
    }

    /** Reports computed per second from a filled accumulator. */
    @Benchmark
    public CalibrationReport report() {
        return first.report().orElseThrow();
    }

    /** Forecasts per second for the baseline: Σ(p − y)² in exact BigDecimal arithmetic, nothing else. */
    @Benchmark
    @OperationsPerInvocation(FORECASTS)
    public BigDecimal bigDecimalSquaredErrorSum() {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < FORECASTS; i++) {
            BigDecimal error = outcomes[i] ? BigDecimal.ONE.subtract(probabilityValues[i]) : probabilityValues[i];
            sum = sum.add(error.multiply(error));
        }
        return sum;
    }

    private CalibrationAccumulator fill(int from, int to) {
        CalibrationAccumulator accumulator = new CalibrationAccumulator();
        for (int i = from; i < to; i++) {
            accumulator.add(probabilityValues[i], outcomes[i]);
        }
        return accumulator;
    }

    private static BigDecimal randomLongProbability(SplittableRandom random) {
        int scale = random.nextBoolean() ? 16 : 17;
        long one = scale == 16 ? 10_000_000_000_000_000L : 100_000_000_000_000_000L;
        return BigDecimal.valueOf(random.nextLong(one + 1), scale);
    }
}
