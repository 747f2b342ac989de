package io.precog.models.adapters.postgres.store;

import io.precog.models.domain.calibration.PairedForecast;
import io.precog.models.domain.prediction.Resolution;
import java.math.BigDecimal;

/** The predictions of two versions for one resolved event, and its resolution: yes, no or void. */
record PairedForecastRow(String eventId, BigDecimal probabilityA, BigDecimal probabilityB, String resolution) {

    PairedForecast toPairedForecast() {
        return new PairedForecast(probabilityA, probabilityB, Resolution.parse(resolution).outcome());
    }
}
