package io.precog.models.domain.calibration;

import static io.precog.models.domain.calibration.Forecasts.accumulatorOf;
import static io.precog.models.domain.calibration.Forecasts.repeat;
import static io.precog.models.domain.calibration.Forecasts.reportOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Expected values come from expected_values.py in this folder (Python fractions, decimal and mpmath). */
class CalibrationAccumulatorTest {

    @Nested
    class EmptyInput {

        @Test
        void hasNoReport() {
            CalibrationAccumulator accumulator = new CalibrationAccumulator();

            assertThat(accumulator.report()).isEmpty();
            assertThat(accumulator.sampleSize()).isZero();
            assertThat(accumulator.voidCount()).isZero();
        }

        @Test
        void voidsOnlyGiveNoReport() {
            CalibrationAccumulator accumulator = accumulatorOf("0.3 void");
            accumulator.addVoid();

            assertThat(accumulator.report()).isEmpty();
            assertThat(accumulator.sampleSize()).isZero();
            assertThat(accumulator.voidCount()).isEqualTo(2);
        }
    }

    @Test
    void singleForecastHasEveryMetric() {
        CalibrationReport report = reportOf("0.7 yes");

        assertThat(report.sampleSize()).isEqualTo(1);
        assertThat(report.voidCount()).isZero();
        assertThat(report.brierScore()).isEqualTo(new BigDecimal("0.09"));
        assertThat(report.calibrationScore()).isEqualTo(new BigDecimal("0.91"));
        assertThat(report.accuracy()).isEqualTo(new BigDecimal("1"));
        assertThat(report.logLoss()).isCloseTo(new BigDecimal("0.356674943938732378912638711241184477964"),
                within(new BigDecimal("3E-16")));
        assertThat(report.bins()).singleElement().satisfies(bin -> {
            assertThat(bin.index()).isEqualTo(7);
            assertThat(bin.lowerBound()).isEqualTo(new BigDecimal("0.7"));
            assertThat(bin.upperBound()).isEqualTo(new BigDecimal("0.8"));
            assertThat(bin.count()).isEqualTo(1);
            assertThat(bin.meanProbability()).isEqualTo(new BigDecimal("0.7"));
            assertThat(bin.observedFrequency()).isEqualTo(new BigDecimal("1"));
            assertThat(bin.wilsonLower()).isCloseTo(new BigDecimal("0.2065493143772374273553130093407648645451"),
                    within(new BigDecimal("1E-32")));
            assertThat(bin.wilsonUpper()).isEqualTo(new BigDecimal("1"));
        });
        assertThat(report.expectedCalibrationError()).isEqualTo(new BigDecimal("0.3"));
        assertThat(report.maximumCalibrationError()).isEqualTo(new BigDecimal("0.3"));
        assertThat(report.murphy()).isEqualTo(new MurphyDecomposition(new BigDecimal("0.09"), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        assertThat(report.spiegelhalter()).hasValueSatisfying(test -> {
            assertThat(test.z()).isCloseTo(new BigDecimal("-0.6546536707079771437982924562468583555692"),
                    within(new BigDecimal("1E-32")));
            assertThat(test.pValue()).isCloseTo(new BigDecimal("0.51269076026192338327"),
                    within(new BigDecimal("1E-13")));
        });
    }

    @Nested
    class OneClassOnly {

        @Test
        void certainAndRightHasBrierZero() {
            CalibrationReport report = reportOf(repeat("1 yes", 3));

            assertThat(report.brierScore()).isEqualTo(BigDecimal.ZERO);
            assertThat(report.calibrationScore()).isEqualTo(BigDecimal.ONE);
            assertThat(report.accuracy()).isEqualTo(BigDecimal.ONE);
            assertThat(report.expectedCalibrationError()).isEqualTo(BigDecimal.ZERO);
            assertThat(report.maximumCalibrationError()).isEqualTo(BigDecimal.ZERO);
            assertThat(report.murphy()).isEqualTo(new MurphyDecomposition(BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
            assertThat(report.spiegelhalter()).isEmpty();
        }

        @Test
        void certainAndWrongHasBrierOne() {
            CalibrationReport report = reportOf(repeat("0 yes", 3));

            assertThat(report.brierScore()).isEqualTo(BigDecimal.ONE);
            assertThat(report.calibrationScore()).isEqualTo(BigDecimal.ZERO);
            assertThat(report.accuracy()).isEqualTo(BigDecimal.ZERO);
            assertThat(report.expectedCalibrationError()).isEqualTo(BigDecimal.ONE);
            assertThat(report.maximumCalibrationError()).isEqualTo(BigDecimal.ONE);
            assertThat(report.murphy()).isEqualTo(new MurphyDecomposition(BigDecimal.ONE, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
            assertThat(report.spiegelhalter()).isEmpty();
        }
    }

    @Test
    void scoresZeroHalfAndOneExactly() {
        CalibrationReport report = reportOf("0 no", "0.5 yes", "0.5 no", "1 yes");

        assertThat(report.brierScore()).isEqualTo(new BigDecimal("0.125"));
        assertThat(report.calibrationScore()).isEqualTo(new BigDecimal("0.875"));
        assertThat(report.accuracy()).isEqualTo(new BigDecimal("0.75"));
        assertThat(report.logLoss()).isCloseTo(new BigDecimal("0.3465735902799731547086160607293382840378"),
                within(new BigDecimal("3E-16")));
        assertThat(report.bins()).extracting(ReliabilityBin::index).containsExactly(0, 5, 9);
        assertThat(report.murphy()).isEqualTo(new MurphyDecomposition(BigDecimal.ZERO, new BigDecimal("0.125"),
                new BigDecimal("0.25"), BigDecimal.ZERO, BigDecimal.ZERO));
        assertThat(report.spiegelhalter()).isEmpty();
    }

    @Test
    void allHalvesLeaveSpiegelhalterUndefined() {
        CalibrationReport report = reportOf("0.5 yes", "0.5 no", "0.5 no");

        assertThat(report.brierScore()).isEqualTo(new BigDecimal("0.25"));
        assertThat(report.accuracy()).isEqualTo(new BigDecimal("0.3333333333333333333333333333333333"));
        assertThat(report.spiegelhalter()).isEmpty();
    }

    @Test
    void countsVoidsButExcludesThem() {
        CalibrationAccumulator accumulator = accumulatorOf("0.7 yes", "0.2 void", "0.99 void");
        accumulator.addVoid();

        CalibrationReport report = accumulator.report().orElseThrow();

        assertThat(accumulator.sampleSize()).isEqualTo(1);
        assertThat(accumulator.voidCount()).isEqualTo(3);
        assertThat(report.voidCount()).isEqualTo(3);
        CalibrationReport withoutVoids = reportOf("0.7 yes");
        assertThat(report).usingRecursiveComparison().ignoringFields("voidCount").isEqualTo(withoutVoids);
    }

    @Test
    void booleanOutcomeMatchesYesOrNo() {
        CalibrationAccumulator withBooleans = new CalibrationAccumulator();
        withBooleans.add(new BigDecimal("0.8246512009492516"), true);
        withBooleans.add(new BigDecimal("0.65"), false);

        assertThat(withBooleans.report()).isEqualTo(accumulatorOf("0.8246512009492516 yes", "0.65 no").report());
    }

    @Nested
    class Merging {

        @Test
        void mergedLeavesItsInputsUnchanged() {
            CalibrationAccumulator first = accumulatorOf("0.7 yes", "0.1 void");
            CalibrationAccumulator second = accumulatorOf("0.2 no");

            CalibrationAccumulator merged = CalibrationAccumulator.merged(first, second);

            assertThat(merged.sampleSize()).isEqualTo(2);
            assertThat(merged.voidCount()).isEqualTo(1);
            assertThat(first.report()).isEqualTo(accumulatorOf("0.7 yes", "0.1 void").report());
            assertThat(second.report()).isEqualTo(accumulatorOf("0.2 no").report());
            assertThat(merged.report()).isEqualTo(accumulatorOf("0.7 yes", "0.1 void", "0.2 no").report());
        }

        @Test
        void addAllOfItselfDoublesForecasts() {
            CalibrationAccumulator accumulator = accumulatorOf("0.7 yes", "0.35 no", "0.1 void");

            accumulator.addAll(accumulator);

            assertThat(accumulator.report()).isEqualTo(
                    accumulatorOf("0.7 yes", "0.35 no", "0.1 void", "0.7 yes", "0.35 no", "0.1 void").report());
        }

        @Test
        void reportListsAreImmutable() {
            List<ReliabilityBin> bins = reportOf("0.7 yes").bins();

            assertThatThrownBy(() -> bins.add(bins.get(0)))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
