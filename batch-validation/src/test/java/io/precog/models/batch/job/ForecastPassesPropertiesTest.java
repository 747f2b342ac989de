package io.precog.models.batch.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.application.port.ResolvedForecasts;
import io.precog.models.domain.calibration.CalibrationAccumulator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import net.jqwik.api.constraints.LongRange;

class ForecastPassesPropertiesTest {

    static final CalibrationParameters PARAMETERS = CalibrationParameters.asOf(Instant.parse("2024-01-01T00:00:00Z"));

    @Property
    void passesHandOutEachVersionsForecasts(
            @ForAll @Size(min = 1, max = 40) @UniqueElements List<@LongRange(min = 1, max = 1_000) Long> modelIds,
            @ForAll @IntRange(min = 1, max = 12) int passSize,
            @ForAll @IntRange(min = 0, max = 39) int resumeAt) {
        List<Long> sorted = modelIds.stream().sorted().toList();
        int start = Math.min(resumeAt, sorted.size() - 1);
        RecordingForecasts source = new RecordingForecasts();
        ForecastPasses passes = new ForecastPasses(source, PARAMETERS, sorted, passSize);

        for (long modelId : sorted.subList(start, sorted.size())) {
            assertThat(passes.forModel(modelId).sampleSize()).isEqualTo(RecordingForecasts.forecastsOf(modelId));
        }

        int remaining = sorted.size() - start;
        assertThat(source.passes).hasSize((remaining + passSize - 1) / passSize);
        assertThat(source.passes).allSatisfy(pass -> assertThat(pass).hasSizeLessThanOrEqualTo(passSize));
        assertThat(source.passes.stream().flatMap(List::stream).toList()).isEqualTo(sorted.subList(start, sorted.size()));
    }

    /** Gives model version {@code id} exactly {@code id % 5 + 1} forecasts, and records each pass asked for. */
    static final class RecordingForecasts implements ResolvedForecasts {

        final List<List<Long>> passes = new ArrayList<>();

        static long forecastsOf(long modelId) {
            return modelId % 5 + 1;
        }

        @Override
        public Map<Long, CalibrationAccumulator> accumulate(List<Long> modelIds, Instant asOf, Instant windowStart,
                                                            long progressInterval, LongConsumer progress) {
            passes.add(List.copyOf(modelIds));
            Map<Long, CalibrationAccumulator> result = new LinkedHashMap<>();
            for (long modelId : modelIds) {
                CalibrationAccumulator accumulator = new CalibrationAccumulator();
                for (long i = 0; i < forecastsOf(modelId); i++) {
                    accumulator.add(new BigDecimal("0.25"), true);
                }
                result.put(modelId, accumulator);
            }
            return result;
        }
    }
}
