package io.precog.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.domain.calibration.CalibrationAccumulator;
import io.precog.models.domain.calibration.CalibrationReport;
import io.precog.models.domain.calibration.Outcome;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's example of the domain used as a plain library; it must keep compiling and stay true. */
class LibraryExampleTest {

    record Forecast(String probability, Outcome outcome) {
    }

    @Test
    void scoresAListOfForecasts() {
        List<Forecast> forecasts = List.of(
                new Forecast("0.8", Outcome.YES),
                new Forecast("0.3", Outcome.NO),
                new Forecast("0.6", Outcome.NO),
                new Forecast("0.9", Outcome.YES),
                new Forecast("0.55", Outcome.VOID));

        CalibrationAccumulator accumulator = new CalibrationAccumulator();
        for (Forecast forecast : forecasts) {
            accumulator.add(new BigDecimal(forecast.probability()), forecast.outcome());
        }
        CalibrationReport report = accumulator.report().orElseThrow();

        // (0.2² + 0.3² + 0.6² + 0.1²) / 4 = 0.5 / 4
        assertThat(report.brierScore()).isEqualByComparingTo("0.125");
        assertThat(report.calibrationScore()).isEqualByComparingTo("0.875");
        assertThat(report.accuracy()).isEqualByComparingTo("0.75");
        assertThat(report.sampleSize()).isEqualTo(4);
        assertThat(report.voidCount()).isEqualTo(1);
    }
}
