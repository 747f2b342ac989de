package io.precog.models.domain.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.precog.models.domain.error.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Expected values come from expected_values.py in this folder: means as Python fractions, the
 * standard error with mpmath, and the p-value as the regularized incomplete beta function
 * I_{df/(df+t²)}(df/2, 1/2) in mpmath, which equals the two-sided tail of Student's t.
 */
class PairedComparisonTest {

    private static final BigDecimal P_TOLERANCE = new BigDecimal("1E-13");

    @Test
    void comparesCommonNonVoidEvents() {
        Optional<PairedComparison> comparison = PairedComparison.of(List.of(
                paired("0.7", "0.6", Outcome.YES), paired("0.2", "0.4", Outcome.NO),
                paired("0.55", "0.5", Outcome.NO), paired("0.9", "0.8", Outcome.YES),
                paired("0.35", "0.3", Outcome.YES), paired("0.99", "0.01", Outcome.VOID)));

        assertThat(comparison).hasValueSatisfying(result -> {
            assertThat(result.commonEvents()).isEqualTo(5);
            assertThat(result.meanBrierA()).isEqualTo(new BigDecimal("0.173"));
            assertThat(result.meanBrierB()).isEqualTo(new BigDecimal("0.22"));
            assertThat(result.meanDifference()).isEqualTo(new BigDecimal("-0.047"));
            assertThat(result.standardError()).hasValueSatisfying(error -> assertThat(error)
                    .isCloseTo(new BigDecimal("0.0286945116703525728427194330502188458732"), within(new BigDecimal("1E-33"))));
            assertThat(result.pValue()).hasValueSatisfying(p -> assertThat(p)
                    .isCloseTo(new BigDecimal("0.17677554141574237344"), within(P_TOLERANCE)));
        });
    }

    @Test
    void twoEventsHaveOneDegreeOfFreedom() {
        PairedComparison result = PairedComparison.of(List.of(
                paired("0.8", "0.6", Outcome.YES), paired("0.3", "0.5", Outcome.NO))).orElseThrow();

        assertThat(result.meanDifference()).isEqualTo(new BigDecimal("-0.14"));
        assertThat(result.standardError()).contains(new BigDecimal("0.02"));
        assertThat(result.pValue()).hasValueSatisfying(p -> assertThat(p)
                .isCloseTo(new BigDecimal("0.090334470601733096702"), within(P_TOLERANCE)));
    }

    @Test
    void singleEventHasNoStandardError() {
        PairedComparison result = PairedComparison.of(List.of(paired("0.8", "0.6", Outcome.YES))).orElseThrow();

        assertThat(result).isEqualTo(new PairedComparison(1, new BigDecimal("0.04"), new BigDecimal("0.16"),
                new BigDecimal("-0.12"), Optional.empty(), Optional.empty()));
    }

    @Test
    void identicalDifferencesHaveNoStandardError() {
        PairedComparison result = PairedComparison.of(List.of(
                paired("0.7", "0.7", Outcome.YES), paired("0.4", "0.4", Outcome.NO),
                paired("0.5", "0.5", Outcome.YES))).orElseThrow();

        assertThat(result.meanDifference()).isEqualTo(BigDecimal.ZERO);
        assertThat(result.standardError()).isEmpty();
        assertThat(result.pValue()).isEmpty();
    }

    @Test
    void noCommonEventGivesNoComparison() {
        assertThat(PairedComparison.of(List.of())).isEmpty();
        assertThat(PairedComparison.of(List.of(paired("0.3", "0.4", Outcome.VOID)))).isEmpty();
    }

    @Test
    void rejectionNamesTheVersion() {
        assertThatThrownBy(() -> paired("0.3", "1.2", Outcome.YES))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid probability_b '1.2': must be between 0 and 1 inclusive");
        assertThatThrownBy(() -> paired(null, "0.2", Outcome.YES))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid probability_a: is missing, expected a decimal between 0 and 1 inclusive");
    }

    private static PairedForecast paired(String probabilityA, String probabilityB, Outcome outcome) {
        return new PairedForecast(probabilityA == null ? null : new BigDecimal(probabilityA),
                new BigDecimal(probabilityB), outcome);
    }
}
