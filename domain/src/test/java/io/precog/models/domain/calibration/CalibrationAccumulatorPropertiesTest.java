package io.precog.models.domain.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.commons.math3.fraction.BigFraction;

class CalibrationAccumulatorPropertiesTest {

    record Forecast(BigDecimal probability, Outcome outcome) {
    }

    @Property
    void mergedSplitsEqualWhole(@ForAll("forecastLists") List<Forecast> forecasts,
            @ForAll Random random) {
        CalibrationAccumulator whole = accumulate(forecasts);
        List<CalibrationAccumulator> parts = new ArrayList<>();
        for (List<Forecast> part : randomSplit(forecasts, random)) {
            parts.add(accumulate(part));
        }
        Collections.shuffle(parts, random);

        CalibrationAccumulator merged = random.nextBoolean() ? mergeLeftToRight(parts) : mergeAsTree(parts);

        assertThat(merged.sampleSize()).isEqualTo(whole.sampleSize());
        assertThat(merged.voidCount()).isEqualTo(whole.voidCount());
        assertThat(merged.report()).isEqualTo(whole.report());
    }

    @Property
    void brierInRangeWithExactComplement(
            @ForAll("forecastLists") List<Forecast> forecasts) {
        accumulate(forecasts).report().ifPresent(report -> {
            assertThat(report.brierScore()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            assertThat(report.calibrationScore().add(report.brierScore())).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(report.brierScore()).isEqualByComparingTo(brierComputedDirectly(forecasts));
        });
    }

    @Property
    void murphyTermsSumToBrier(@ForAll("forecastLists") List<Forecast> forecasts) {
        CalibrationStatistics statistics = statisticsOf(forecasts);
        if (statistics.sampleSize() == 0) {
            return;
        }
        MurphyFractions terms = MurphyFractions.of(statistics);
        BigFraction brier = exactBrierComputedDirectly(forecasts);

        assertThat(statistics.brierScore()).isEqualTo(brier);
        assertThat(terms.sum()).isEqualTo(brier);

        MurphyDecomposition rounded = terms.toDecimals();
        BigDecimal roundedSum = rounded.reliability().subtract(rounded.resolution()).add(rounded.uncertainty())
                .add(rounded.withinBinVariance()).subtract(rounded.withinBinCovariance());
        assertThat(roundedSum).isCloseTo(Decimals.of(brier), within(new BigDecimal("1E-33")));
    }

    @Property
    void eceNeverExceedsMce(@ForAll("forecastLists") List<Forecast> forecasts) {
        accumulate(forecasts).report().ifPresent(report -> assertThat(report.expectedCalibrationError())
                .isLessThanOrEqualTo(report.maximumCalibrationError()));
    }

    @Provide
    Arbitrary<List<Forecast>> forecastLists() {
        return forecasts().list().ofMaxSize(120);
    }

    @Provide
    Arbitrary<Forecast> forecasts() {
        Arbitrary<Outcome> outcomes = Arbitraries.frequency(
                Tuple.of(6, Outcome.YES), Tuple.of(6, Outcome.NO), Tuple.of(1, Outcome.VOID));
        return Combinators.combine(probabilities(), outcomes).as(Forecast::new);
    }

    @Provide
    Arbitrary<BigDecimal> probabilities() {
        return Arbitraries.oneOf(shortProbabilities(), realisticProbabilities(), edgeProbabilities());
    }

    private Arbitrary<BigDecimal> shortProbabilities() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(2);
    }

    private Arbitrary<BigDecimal> realisticProbabilities() {
        return Arbitraries.integers().between(16, 18).flatMap(scale ->
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(scale));
    }

    private Arbitrary<BigDecimal> edgeProbabilities() {
        return Arbitraries.of("0", "0.1", "0.3", "0.5", "0.9", "1", "1.0", "0.099999999999999999",
                "0.000000000000000001", "0.999999999999999999", "0.500000000000000001").map(BigDecimal::new);
    }

    private static CalibrationAccumulator accumulate(List<Forecast> forecasts) {
        CalibrationAccumulator accumulator = new CalibrationAccumulator();
        forecasts.forEach(forecast -> accumulator.add(forecast.probability(), forecast.outcome()));
        return accumulator;
    }

    private static CalibrationStatistics statisticsOf(List<Forecast> forecasts) {
        AccumulatorState state = new AccumulatorState();
        for (Forecast forecast : forecasts) {
            if (forecast.outcome() != Outcome.VOID) {
                state.add(FixedPointProbability.parse(forecast.probability(), "probability"),
                        forecast.outcome() == Outcome.YES);
            }
        }
        return state.snapshot();
    }

    private static List<List<Forecast>> randomSplit(List<Forecast> forecasts, Random random) {
        int partCount = 1 + random.nextInt(6);
        List<List<Forecast>> parts = new ArrayList<>();
        for (int i = 0; i < partCount; i++) {
            parts.add(new ArrayList<>());
        }
        forecasts.forEach(forecast -> parts.get(random.nextInt(partCount)).add(forecast));
        return parts;
    }

    private static CalibrationAccumulator mergeLeftToRight(List<CalibrationAccumulator> parts) {
        CalibrationAccumulator result = new CalibrationAccumulator();
        parts.forEach(result::addAll);
        return result;
    }

    private static CalibrationAccumulator mergeAsTree(List<CalibrationAccumulator> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int middle = parts.size() / 2;
        return CalibrationAccumulator.merged(mergeAsTree(parts.subList(0, middle)),
                mergeAsTree(parts.subList(middle, parts.size())));
    }

    private static BigDecimal brierComputedDirectly(List<Forecast> forecasts) {
        BigDecimal sum = BigDecimal.ZERO;
        long count = 0;
        for (Forecast forecast : forecasts) {
            if (forecast.outcome() != Outcome.VOID) {
                BigDecimal error = forecast.probability().subtract(forecast.outcome() == Outcome.YES ? BigDecimal.ONE
                        : BigDecimal.ZERO);
                sum = sum.add(error.multiply(error));
                count++;
            }
        }
        return sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128);
    }

    private static BigFraction exactBrierComputedDirectly(List<Forecast> forecasts) {
        BigFraction sum = BigFraction.ZERO;
        long count = 0;
        for (Forecast forecast : forecasts) {
            if (forecast.outcome() != Outcome.VOID) {
                BigDecimal p = forecast.probability();
                BigFraction probability = new BigFraction(p.unscaledValue(), BigDecimal.TEN.pow(Math.max(p.scale(), 0))
                        .toBigInteger()).multiply(BigDecimal.TEN.pow(Math.max(-p.scale(), 0)).toBigInteger());
                BigFraction error = probability.subtract(forecast.outcome() == Outcome.YES ? 1 : 0);
                sum = sum.add(error.multiply(error));
                count++;
            }
        }
        return sum.divide(count);
    }
}
