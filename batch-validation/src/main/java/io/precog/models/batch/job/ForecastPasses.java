package io.precog.models.batch.job;

import io.precog.models.application.port.ResolvedForecasts;
import io.precog.models.domain.calibration.CalibrationAccumulator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the forecasts of several model versions in one pass over the predictions, instead of one pass
 * per version, and hands out each version's accumulator when the job comes to it. A pass covers the
 * version asked for and the next ones in scope, up to {@code passSize} of them, so memory contains at most
 * that many accumulators whatever the number of forecasts.
 */
final class ForecastPasses {

    private static final Logger LOG = LoggerFactory.getLogger(ForecastPasses.class);

    private final ResolvedForecasts forecasts;
    private final CalibrationParameters parameters;
    private final List<Long> modelIds;
    private final int passSize;
    private final Map<Long, CalibrationAccumulator> pending = new HashMap<>();

    ForecastPasses(ResolvedForecasts forecasts, CalibrationParameters parameters, List<Long> modelIds, int passSize) {
        if (passSize < 1) {
            throw new IllegalArgumentException("pass size must be at least 1: " + passSize);
        }
        this.forecasts = forecasts;
        this.parameters = parameters;
        this.modelIds = List.copyOf(modelIds);
        this.passSize = passSize;
    }

    /** The forecasts of one model version in scope; read with those of the next versions when not read yet. */
    CalibrationAccumulator forModel(long modelId) {
        CalibrationAccumulator read = pending.remove(modelId);
        if (read != null) {
            return read;
        }
        int start = modelIds.indexOf(modelId);
        List<Long> pass = start < 0 ? List.of(modelId)
                : modelIds.subList(start, Math.min(modelIds.size(), start + passSize));
        pending.clear();
        LOG.info("Reading the resolved forecasts of model versions {} in one pass", pass);
        pending.putAll(forecasts.accumulate(pass, parameters.asOf(), parameters.windowStart(),
                parameters.progressInterval(),
                count -> LOG.info("Read {} forecasts so far", String.format("%,d", count))));
        return pending.remove(modelId);
    }
}
