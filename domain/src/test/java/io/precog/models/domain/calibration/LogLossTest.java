package io.precog.models.domain.calibration;

import static io.precog.models.domain.calibration.Forecasts.repeat;
import static io.precog.models.domain.calibration.Forecasts.reportOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Expected values: the definition with clipping evaluated in mpmath at 60 digits
 * (expected_values.py). Each term is rounded to a double and then to a multiple of 2^−52, so a term
 * below 1 may be off by about 2^−52 and a term near 34.5 by half its ulp, 2^−48.
 */
class LogLossTest {

    @Test
    void clipsCertainWrongForecast() {
        assertThat(reportOf(repeat("0 yes", 3)).logLoss())
                .isCloseTo(new BigDecimal("34.53877639491068526026987182026546311402"), within(new BigDecimal("4E-15")));
        assertThat(reportOf("1 no").logLoss())
                .isCloseTo(new BigDecimal("34.53877639491068526026987182026546311402"), within(new BigDecimal("4E-15")));
    }

    @Test
    void clipsCertainRightForecast() {
        assertThat(reportOf(repeat("1 yes", 3)).logLoss())
                .isCloseTo(new BigDecimal("1.000000000000000500000000000000333333333E-15"), within(new BigDecimal("3E-16")));
        assertThat(reportOf("0 no").logLoss())
                .isCloseTo(new BigDecimal("1.000000000000000500000000000000333333333E-15"), within(new BigDecimal("3E-16")));
    }

    @Test
    void raisesProbabilityBelowClip() {
        CalibrationReport report = reportOf("0 yes", "1 no", "0.0000000000000001 yes", "1 yes");

        assertThat(report.logLoss())
                .isCloseTo(new BigDecimal("25.90408229618301419520240386519922233551"), within(new BigDecimal("4E-15")));
        assertThat(report.brierScore()).isEqualTo(new BigDecimal("0.7499999999999999500000000000000025"));
        assertThat(report.calibrationScore()).isEqualTo(new BigDecimal("0.2500000000000000499999999999999975"));
    }

    @Test
    void meanOfOrdinaryTerms() {
        CalibrationReport report = reportOf("0.2 no", "0.3 yes", "0.6 yes", "0.7 no", "0.9 yes");

        assertThat(report.logLoss())
                .isCloseTo(new BigDecimal("0.6494550598779797450889605205952972484932"), within(new BigDecimal("3E-16")));
    }
}
