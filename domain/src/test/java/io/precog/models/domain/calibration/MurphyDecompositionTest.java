package io.precog.models.domain.calibration;

import static io.precog.models.domain.calibration.Forecasts.repeat;
import static io.precog.models.domain.calibration.Forecasts.reportOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * Expected terms come from expected_values.py in this folder, which computes each term per forecast
 * from its definition with Python fractions.
 */
class MurphyDecompositionTest {

    private static final String[] ELEVEN_FORECASTS = {"0.05 no", "0.12 no", "0.18 yes", "0.33 no", "0.37 yes",
        "0.61 yes", "0.64 no", "0.68 yes", "0.8246512009492516 yes", "0.91 yes", "0.97 no"};

    @Test
    void roundsExactTermsOfSmallSet() {
        CalibrationReport report = reportOf(ELEVEN_FORECASTS);

        assertThat(report.murphy()).isEqualTo(new MurphyDecomposition(
                new BigDecimal("0.06473459406017027966529563031235394"),
                new BigDecimal("0.05096418732782369146005509641873278"),
                new BigDecimal("0.2479338842975206611570247933884298"),
                new BigDecimal("0.0006242424242424242424242424242424242"),
                new BigDecimal("0.004242424242424242424242424242424242")));
        assertThat(report.brierScore()).isEqualTo(new BigDecimal("0.2580861092116854311804471454638691"));
        assertThat(report.calibrationScore()).isEqualTo(new BigDecimal("0.7419138907883145688195528545361309"));
        assertThat(report.accuracy()).isEqualTo(new BigDecimal("0.6363636363636363636363636363636364"));
        assertThat(report.expectedCalibrationError()).isEqualTo(new BigDecimal("0.1977589817318862181818181818181818"));
        assertThat(report.maximumCalibrationError()).isEqualTo(new BigDecimal("0.44"));
    }

    @Test
    void exactTermsSumToBrier() {
        CalibrationStatistics statistics = statisticsOf(ELEVEN_FORECASTS);

        MurphyFractions terms = MurphyFractions.of(statistics);

        assertThat(terms).isEqualTo(new MurphyFractions(
                fraction("13351510024910120180967223751923", "206250000000000000000000000000000"),
                fraction("37", "726"), fraction("30", "121"), fraction("103", "165000"), fraction("7", "1650")));
        BigFraction brier = fraction("17743420008303373393655741250641", "68750000000000000000000000000000");
        assertThat(statistics.brierScore()).isEqualTo(brier);
        assertThat(terms.sum()).isEqualTo(brier);
    }

    @Test
    void withinBinCovarianceCanBeNegative() {
        String[] forecasts = Stream.concat(Stream.of(repeat("0.72 yes", 7)), Stream.of(repeat("0.74 no", 3)))
                .toArray(String[]::new);

        assertThat(reportOf(forecasts).murphy()).isEqualTo(new MurphyDecomposition(new BigDecimal("0.000676"),
                BigDecimal.ZERO, new BigDecimal("0.21"), new BigDecimal("0.000084"), new BigDecimal("-0.0084")));
    }

    static CalibrationStatistics statisticsOf(String... forecasts) {
        AccumulatorState state = new AccumulatorState();
        for (String forecast : forecasts) {
            String[] parts = forecast.split(" ");
            state.add(FixedPointProbability.parse(new BigDecimal(parts[0]), "probability"), parts[1].equals("yes"));
        }
        return state.snapshot();
    }

    private static BigFraction fraction(String numerator, String denominator) {
        return new BigFraction(new BigInteger(numerator), new BigInteger(denominator));
    }
}
