package io.precog.models.domain.calibration;

import io.precog.models.domain.error.InvalidValueException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Collects forecasts into exact sufficient statistics from which {@link #report()} computes every
 * calibration metric. Accumulators of any split of the forecasts, merged in any order, give a report
 * equal field for field to the report of all of them in one accumulator: every statistic is an
 * exact integer sum (see {@link AccumulatorState}).
 *
 * <p>Probabilities must lie in [0, 1] and have at most 18 decimal places once trailing zeros are
 * removed. Not thread-safe: give each thread its own accumulator and merge them.
 */
public final class CalibrationAccumulator {

    private static final String PROBABILITY = "probability";

    private final AccumulatorState state;

    public CalibrationAccumulator() {
        this(new AccumulatorState());
    }

    private CalibrationAccumulator(AccumulatorState state) {
        this.state = state;
    }

    /**
     * Adds one forecast. A VOID outcome is counted in {@link #voidCount()} and excluded from every
     * metric, but its probability is still checked.
     *
     * @throws InvalidValueException when the probability is null, outside [0, 1] or has more than 18
     *         decimal places, or when the outcome is null
     */
    public void add(BigDecimal probability, Outcome outcome) {
        long fixedPoint = FixedPointProbability.parse(probability, PROBABILITY);
        if (outcome == null) {
            throw new InvalidValueException("outcome", null, "is missing, expected YES, NO or VOID");
        }
        if (outcome == Outcome.VOID) {
            state.addVoid();
        } else {
            state.add(fixedPoint, outcome == Outcome.YES);
        }
    }

    /**
     * Adds one resolved forecast, where {@code true} is YES.
     *
     * @throws InvalidValueException when the probability is null, outside [0, 1] or has more than 18
     *         decimal places
     */
    public void add(BigDecimal probability, boolean outcome) {
        state.add(FixedPointProbability.parse(probability, PROBABILITY), outcome);
    }

    /** Counts one forecast whose event was voided. */
    public void addVoid() {
        state.addVoid();
    }

    /** Merges every forecast of {@code other} into this accumulator and leaves {@code other} unchanged. */
    public void addAll(CalibrationAccumulator other) {
        state.addAll(other == this ? state.copy() : other.state);
    }

    /** Returns a new accumulator that contains the forecasts of both, without changing either input. */
    public static CalibrationAccumulator merged(CalibrationAccumulator a, CalibrationAccumulator b) {
        CalibrationAccumulator result = new CalibrationAccumulator(a.state.copy());
        result.addAll(b);
        return result;
    }

    /** Returns N, the number of non-void forecasts. */
    public long sampleSize() {
        return state.sampleSize();
    }

    public long voidCount() {
        return state.voidCount();
    }

    /** Computes the report of the forecasts so far, or empty when {@link #sampleSize()} is 0. */
    public Optional<CalibrationReport> report() {
        if (state.sampleSize() == 0) {
            return Optional.empty();
        }
        return Optional.of(CalibrationReports.of(state.snapshot()));
    }

    @Override
    public String toString() {
        return "CalibrationAccumulator[sampleSize=" + sampleSize() + ", voidCount=" + voidCount() + "]";
    }
}
