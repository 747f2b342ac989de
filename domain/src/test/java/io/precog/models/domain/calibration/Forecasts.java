package io.precog.models.domain.calibration;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

/** Builds accumulators from compact forecast literals such as {@code "0.7 yes"}, {@code "0.2 no"} or {@code "0.4 void"}. */
final class Forecasts {

    private Forecasts() {
    }

    static CalibrationAccumulator accumulatorOf(String... forecasts) {
        CalibrationAccumulator accumulator = new CalibrationAccumulator();
        for (String forecast : forecasts) {
            String[] parts = forecast.split(" ");
            accumulator.add(new BigDecimal(parts[0]), Outcome.valueOf(parts[1].toUpperCase(Locale.ROOT)));
        }
        return accumulator;
    }

    static CalibrationReport reportOf(String... forecasts) {
        return accumulatorOf(forecasts).report().orElseThrow();
    }

    static String[] repeat(String forecast, int times) {
        String[] forecasts = new String[times];
        Arrays.fill(forecasts, forecast);
        return forecasts;
    }
}
