package io.precog.models.domain.calibration;

import static io.precog.models.domain.calibration.Forecasts.reportOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Expected values: z from Python fractions and mpmath at 60 digits, p = erfc(|z|/√2) (expected_values.py). */
class SpiegelhalterStatisticTest {

    private static final BigDecimal Z_TOLERANCE = new BigDecimal("1E-32");
    private static final BigDecimal P_TOLERANCE = new BigDecimal("1E-13");

    @Test
    void zAndPValueOfASmallSet() {
        CalibrationReport report = reportOf("0.2 no", "0.3 yes", "0.6 yes", "0.7 no", "0.9 yes");

        assertThat(report.spiegelhalter()).hasValueSatisfying(test -> {
            assertThat(test.z()).isCloseTo(new BigDecimal("0.6390096504226937990331314132676024896115"),
                    within(Z_TOLERANCE));
            assertThat(test.pValue()).isCloseTo(new BigDecimal("0.52281665391908866863"), within(P_TOLERANCE));
        });
        assertThat(report.brierScore()).isEqualTo(new BigDecimal("0.238"));
        assertThat(report.expectedCalibrationError()).isEqualTo(new BigDecimal("0.42"));
        assertThat(report.maximumCalibrationError()).isEqualTo(new BigDecimal("0.7"));
    }

    @Test
    void zOfSixteenDigitProbabilities() {
        CalibrationReport report = reportOf("0.05 no", "0.12 no", "0.18 yes", "0.33 no", "0.37 yes", "0.61 yes",
                "0.64 no", "0.68 yes", "0.8246512009492516 yes", "0.91 yes", "0.97 no");

        assertThat(report.spiegelhalter()).hasValueSatisfying(test -> {
            assertThat(test.z()).isCloseTo(new BigDecimal("1.804792914847378655258307715862379985114"),
                    within(Z_TOLERANCE));
            assertThat(test.pValue()).isCloseTo(new BigDecimal("0.07110709352713099999"), within(P_TOLERANCE));
        });
    }

    @Test
    void hugeZHasPValueZero() {
        CalibrationReport report = reportOf("0 yes", "1 no", "0.0000000000000001 yes", "1 yes");

        assertThat(report.spiegelhalter()).hasValueSatisfying(test -> {
            assertThat(test.z()).isCloseTo(new BigDecimal("300000000.000000045000000000000010625"),
                    within(new BigDecimal("1E-24")));
            assertThat(test.pValue()).isEqualTo(BigDecimal.ZERO);
        });
    }

    @Test
    void undefinedForZeroHalfAndOne() {
        assertThat(reportOf("0 yes", "0.5 no", "1 no", "0.50 yes").spiegelhalter()).isEmpty();
    }

    @Test
    void definedForOneOtherProbability() {
        assertThat(reportOf("0.5 yes", "0.5 no", "0.500000000000000001 no").spiegelhalter()).isPresent();
    }
}
