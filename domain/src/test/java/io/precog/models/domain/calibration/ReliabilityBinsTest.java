package io.precog.models.domain.calibration;

import static io.precog.models.domain.calibration.Forecasts.repeat;
import static io.precog.models.domain.calibration.Forecasts.reportOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Expected values come from expected_values.py in this folder. */
class ReliabilityBinsTest {

    private static final BigDecimal WILSON_TOLERANCE = new BigDecimal("1E-32");

    @Test
    void edgeGoesToUpperBin() {
        CalibrationReport report = reportOf("0.1 yes", "0.3 no", "0.9 yes", "1.0 yes", "0.099999999999999999 no",
                "0.0 no", "0.5 yes", "0.49999 no");

        assertThat(report.bins())
                .extracting(ReliabilityBin::index, ReliabilityBin::lowerBound, ReliabilityBin::upperBound,
                        ReliabilityBin::count)
                .containsExactly(
                        tuple(0, new BigDecimal("0.0"), new BigDecimal("0.1"), 2L),
                        tuple(1, new BigDecimal("0.1"), new BigDecimal("0.2"), 1L),
                        tuple(3, new BigDecimal("0.3"), new BigDecimal("0.4"), 1L),
                        tuple(4, new BigDecimal("0.4"), new BigDecimal("0.5"), 1L),
                        tuple(5, new BigDecimal("0.5"), new BigDecimal("0.6"), 1L),
                        tuple(9, new BigDecimal("0.9"), new BigDecimal("1.0"), 2L));
    }

    @Test
    void binHasMeanFrequencyAndWilson() {
        String[] forecasts = Stream.concat(Stream.of(repeat("0.72 yes", 7)), Stream.of(repeat("0.74 no", 3)))
                .toArray(String[]::new);

        CalibrationReport report = reportOf(forecasts);

        assertThat(report.bins()).singleElement().satisfies(bin -> {
            assertThat(bin.index()).isEqualTo(7);
            assertThat(bin.count()).isEqualTo(10);
            assertThat(bin.meanProbability()).isEqualTo(new BigDecimal("0.726"));
            assertThat(bin.observedFrequency()).isEqualTo(new BigDecimal("0.7"));
            assertThat(bin.wilsonLower()).isCloseTo(new BigDecimal("0.3967781474611453521056241466966025771956"),
                    within(WILSON_TOLERANCE));
            assertThat(bin.wilsonUpper()).isCloseTo(new BigDecimal("0.892208732593698966083963482486079687415"),
                    within(WILSON_TOLERANCE));
        });
        assertThat(report.brierScore()).isEqualTo(new BigDecimal("0.21916"));
        assertThat(report.expectedCalibrationError()).isEqualTo(new BigDecimal("0.026"));
        assertThat(report.maximumCalibrationError()).isEqualTo(new BigDecimal("0.026"));
    }

    @Test
    void calibrationErrorsOfSmallSet() {
        CalibrationReport report = reportOf("0.15 yes", "0.15 no", "0.15 no", "0.15 no",
                "0.85 yes", "0.85 yes", "0.85 no", "0.95 yes");

        // Gaps: bin 1 |0.15 − 1/4| = 0.1, bin 8 |0.85 − 2/3| = 11/60, bin 9 |0.95 − 1| = 0.05.
        assertThat(report.expectedCalibrationError()).isEqualTo(new BigDecimal("0.125"));
        assertThat(report.maximumCalibrationError()).isEqualTo(new BigDecimal("0.1833333333333333333333333333333333"));
        assertThat(report.bins()).extracting(ReliabilityBin::observedFrequency).containsExactly(
                new BigDecimal("0.25"), new BigDecimal("0.6666666666666666666666666666666667"), BigDecimal.ONE);
        assertThat(report.bins().get(0).wilsonLower()).isCloseTo(
                new BigDecimal("0.04558726080970056642121090355018197371996"), within(WILSON_TOLERANCE));
        assertThat(report.bins().get(0).wilsonUpper()).isCloseTo(
                new BigDecimal("0.6993581574175980844350573913760535495101"), within(WILSON_TOLERANCE));
        assertThat(report.brierScore()).isEqualTo(new BigDecimal("0.195"));
        assertThat(report.accuracy()).isEqualTo(new BigDecimal("0.75"));
    }
}
