package io.precog.models.domain.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.precog.models.domain.error.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProbabilityRejectionTest {

    private final CalibrationAccumulator accumulator = new CalibrationAccumulator();

    @ParameterizedTest
    @ValueSource(strings = {"-0.1", "-1E-18", "1.000000000000000001", "1.0000000000000000000001", "2", "5E+30"})
    void rejectsProbabilityOutsideZeroToOne(String probability) {
        assertThatThrownBy(() -> accumulator.add(new BigDecimal(probability), true))
                .isInstanceOfSatisfying(InvalidValueException.class, error -> {
                    assertThat(error.getMessage())
                            .isEqualTo("Invalid probability '" + probability + "': must be between 0 and 1 inclusive");
                    assertThat(error.code()).isEqualTo("invalid-value");
                    assertThat(error.details()).containsEntry("field", "probability")
                            .containsEntry("value", probability);
                });
        assertThat(accumulator.sampleSize()).isZero();
    }

    @Test
    void rejectsNullProbability() {
        assertThatThrownBy(() -> accumulator.add(null, Outcome.YES))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid probability: is missing, expected a decimal between 0 and 1 inclusive");
    }

    @Test
    void rejectsNullOutcome() {
        assertThatThrownBy(() -> accumulator.add(new BigDecimal("0.5"), (Outcome) null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid outcome: is missing, expected YES, NO or VOID");
    }

    @Test
    void rejectsMoreThanEighteenDecimalPlaces() {
        assertThatThrownBy(() -> accumulator.add(new BigDecimal("0.0999999999999999999"), true))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid probability '0.0999999999999999999': has 19 decimal places, but at most 18 are accepted");
    }

    @Test
    void rejectsInvalidProbabilityWithVoid() {
        assertThatThrownBy(() -> accumulator.add(new BigDecimal("1.5"), Outcome.VOID))
                .isInstanceOf(InvalidValueException.class);
        assertThat(accumulator.voidCount()).isZero();
    }

    @Test
    void acceptsTrailingZerosBeyondEighteenPlaces() {
        accumulator.add(new BigDecimal("0.650000000000000000000000"), true);
        accumulator.add(new BigDecimal("1.00000000000000000000"), true);
        accumulator.add(new BigDecimal("0E+5"), false);

        assertThat(accumulator.report()).isEqualTo(Forecasts.accumulatorOf("0.65 yes", "1 yes", "0 no").report());
    }

    @Test
    void acceptsExactlyEighteenDecimalPlaces() {
        accumulator.add(new BigDecimal("0.099999999999999999"), true);

        assertThat(accumulator.report().orElseThrow().bins()).singleElement()
                .satisfies(bin -> assertThat(bin.meanProbability()).isEqualTo(new BigDecimal("0.099999999999999999")));
    }
}
