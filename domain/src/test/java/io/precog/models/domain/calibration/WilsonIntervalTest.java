package io.precog.models.domain.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Expected values: the textbook Wilson formula evaluated with mpmath at 60 digits (expected_values.py). */
class WilsonIntervalTest {

    private static final BigDecimal TOLERANCE = new BigDecimal("1E-32");

    @Test
    void noSuccessesGiveLowerZero() {
        WilsonInterval interval = WilsonInterval.of(10, 0);

        assertThat(interval.lower()).isEqualTo(BigDecimal.ZERO);
        assertThat(interval.upper()).isCloseTo(new BigDecimal("0.2775327998628892045260309270432943384737"),
                within(TOLERANCE));
    }

    @Test
    void onlySuccessesGiveUpperOne() {
        WilsonInterval interval = WilsonInterval.of(1, 1);

        assertThat(interval.lower()).isCloseTo(new BigDecimal("0.2065493143772374273553130093407648645451"),
                within(TOLERANCE));
        assertThat(interval.upper()).isEqualTo(BigDecimal.ONE);
    }

    @Test
    void rareSuccessKeepsLowerDigits() {
        WilsonInterval interval = WilsonInterval.of(1000, 1);

        assertThat(interval.lower()).isCloseTo(new BigDecimal("0.000176546370626078044528373564585890722253"),
                within(new BigDecimal("1E-36")));
        assertThat(interval.upper()).isCloseTo(new BigDecimal("0.005642558597957934924621524915660508973921"),
                within(TOLERANCE));
    }
}
