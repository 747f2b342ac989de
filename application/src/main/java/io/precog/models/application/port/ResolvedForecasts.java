package io.precog.models.application.port;

import io.precog.models.domain.calibration.CalibrationAccumulator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Reads the forecasts that can be scored: predictions whose event was resolved yes, no or void at or
 * before an as-of time. Forecasts stream into accumulators as they are read, so memory does not grow
 * with their number.
 */
public interface ResolvedForecasts {

    /**
     * Adds to one accumulator per model version its forecasts on events resolved at or before
     * {@code asOf}, leaving out those predicted before {@code windowStart} when it is given. A void
     * resolution is counted as a void, never scored.
     *
     * @param modelIds         the model versions to read; an id given twice is read once
     * @param windowStart      earliest prediction time to include; null for no lower bound
     * @param progressInterval how many forecasts, at least 1, between two calls of {@code progress}
     * @param progress         called with the number of forecasts read so far, possibly from several
     *                         threads
     * @return an accumulator for each of {@code modelIds}, in their order; empty for a model version
     *         without such forecasts
     */
    Map<Long, CalibrationAccumulator> accumulate(List<Long> modelIds, Instant asOf, Instant windowStart,
                                                 long progressInterval, LongConsumer progress);

    /** The forecasts of one model version, as {@link #accumulate(List, Instant, Instant, long, LongConsumer)} reads them. */
    default CalibrationAccumulator accumulate(long modelId, Instant asOf, Instant windowStart) {
        return accumulate(List.of(modelId), asOf, windowStart, Long.MAX_VALUE, read -> { }).get(modelId);
    }
}
