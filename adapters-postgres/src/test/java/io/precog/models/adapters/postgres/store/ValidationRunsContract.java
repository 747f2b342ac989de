package io.precog.models.adapters.postgres.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.precog.models.adapters.postgres.store.fixtures.NewModels;
import io.precog.models.adapters.postgres.store.fixtures.UniqueNames;
import io.precog.models.application.ModelPorts;
import io.precog.models.domain.calibration.CalibrationAccumulator;
import io.precog.models.domain.calibration.CalibrationReport;
import io.precog.models.domain.calibration.Outcome;
import io.precog.models.domain.error.ModelNotFoundException;
import io.precog.models.domain.model.MetricsUpdate;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.ValidationMetrics;
import io.precog.models.domain.model.ValidationRun;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link io.precog.models.application.port.ValidationRuns} must do. */
abstract class ValidationRunsContract {

    static final Instant AS_OF = Instant.parse("2025-09-08T00:00:00Z");
    static final Instant RUN_AT = Instant.parse("2025-09-08T02:00:00Z");

    protected abstract ModelPorts ports();

    @Test
    void recordsRunAndModelMetrics() {
        ProbabilityModel model = insertModel();
        CalibrationReport report = report("0.8", "YES", "0.3", "NO", "0.6", "NO", "0.9", "YES", "0.25", "YES",
                "0.5", "VOID", "0.123456789012345678", "NO");
        ProbabilityModel validated = validated(model, report);

        boolean recorded = ports().validationRuns().record(run(model, 41, AS_OF, report), validated);

        assertThat(recorded).isTrue();
        List<ValidationRun> history = ports().validationRuns().history(model.modelId());
        assertThat(history).hasSize(1);
        assertThat(history.get(0).runId()).isPositive();
        assertThat(history.get(0)).isEqualTo(new ValidationRun(history.get(0).runId(), model.modelId(), 41, 4100,
                AS_OF, Instant.parse("2025-01-01T00:00:00Z"), report, RUN_AT));
        assertThat(history.get(0).report().spiegelhalter()).isPresent();
        assertThat(ports().loadModels().findById(model.modelId())).contains(validated);
    }

    @Test
    void recordsARunWhoseSpiegelhalterTestIsUndefined() {
        ProbabilityModel model = insertModel();
        CalibrationReport report = report("0.5", "YES", "0.5", "NO", "0.50", "YES");

        ports().validationRuns().record(run(model, 42, AS_OF, report), validated(model, report));

        assertThat(report.spiegelhalter()).isEmpty();
        assertThat(ports().validationRuns().history(model.modelId())).extracting(ValidationRun::report)
                .containsExactly(report);
    }

    @Test
    void recordsARunWithoutAnyScoredForecast() {
        ProbabilityModel model = insertModel();
        ValidationRun empty = run(model, 43, AS_OF, null);

        ports().validationRuns().record(empty, model.withMetrics(new MetricsUpdate(null, null, 0L),
                Clock.fixed(RUN_AT, ZoneOffset.UTC)));

        assertThat(ports().validationRuns().history(model.modelId())).extracting(ValidationRun::report)
                .containsExactly((CalibrationReport) null);
        assertThat(ports().loadModels().findById(model.modelId()).orElseThrow().metrics())
                .isEqualTo(new ValidationMetrics(null, null, 0L, RUN_AT));
    }

    @Test
    void ignoresRerunOfJobInstance() {
        ProbabilityModel model = insertModel();
        CalibrationReport first = report("0.8", "YES", "0.3", "NO");
        CalibrationReport restarted = report("0.1", "YES", "0.9", "NO");
        ProbabilityModel validated = validated(model, first);
        ports().validationRuns().record(run(model, 44, AS_OF, first), validated);

        boolean recordedAgain = ports().validationRuns().record(run(model, 44, AS_OF, restarted),
                validated(model, restarted));

        assertThat(recordedAgain).isFalse();
        assertThat(ports().validationRuns().history(model.modelId())).extracting(ValidationRun::report)
                .containsExactly(first);
        assertThat(ports().loadModels().findById(model.modelId())).contains(validated);
    }

    @Test
    void listsRunsLatestAsOfFirst() {
        ProbabilityModel model = insertModel();
        CalibrationReport report = report("0.7", "YES");
        Instant earlier = AS_OF.minusSeconds(86_400);
        ports().validationRuns().record(run(model, 45, AS_OF, report), validated(model, report));
        ports().validationRuns().record(run(model, 46, earlier, report), validated(model, report));
        ports().validationRuns().record(run(model, 47, AS_OF.plusSeconds(86_400), report), validated(model, report));

        assertThat(ports().validationRuns().history(model.modelId())).extracting(ValidationRun::jobInstanceId)
                .containsExactly(47L, 45L, 46L);
    }

    @Test
    void backfillKeepsLatestRunMetrics() {
        ProbabilityModel model = insertModel();
        CalibrationReport latest = report("0.8", "YES", "0.3", "NO");
        CalibrationReport backfill = report("0.1", "YES", "0.9", "NO");
        ProbabilityModel validatedByLatest = validated(model, latest);
        ports().validationRuns().record(run(model, 49, AS_OF, latest), validatedByLatest);

        boolean recorded = ports().validationRuns().record(run(model, 50, AS_OF.minusSeconds(86_400), backfill),
                validated(model, backfill, RUN_AT.plusSeconds(3600)));

        assertThat(recorded).isTrue();
        assertThat(ports().validationRuns().history(model.modelId())).extracting(ValidationRun::jobInstanceId)
                .containsExactly(49L, 50L);
        assertThat(ports().loadModels().findById(model.modelId())).contains(validatedByLatest);
    }

    @Test
    void laterRunUpdatesMetrics() {
        ProbabilityModel model = insertModel();
        CalibrationReport earlier = report("0.8", "YES", "0.3", "NO");
        CalibrationReport later = report("0.1", "YES", "0.9", "NO");
        ports().validationRuns().record(run(model, 55, AS_OF, earlier), validated(model, earlier));
        ProbabilityModel validatedByLater = validated(model, later, RUN_AT.plusSeconds(3600));

        ports().validationRuns().record(run(model, 56, AS_OF.plusSeconds(1), later), validatedByLater);

        assertThat(ports().loadModels().findById(model.modelId())).contains(validatedByLater);
    }

    @Test
    void lastRunAsOfSameTimeSetsMetrics() {
        ProbabilityModel model = insertModel();
        CalibrationReport first = report("0.8", "YES", "0.3", "NO");
        CalibrationReport second = report("0.1", "YES", "0.9", "NO");
        ports().validationRuns().record(run(model, 57, AS_OF, first), validated(model, first));
        ProbabilityModel validatedBySecond = validated(model, second, RUN_AT.plusSeconds(3600));

        ports().validationRuns().record(run(model, 58, AS_OF, second), validatedBySecond);

        assertThat(ports().validationRuns().history(model.modelId())).extracting(ValidationRun::jobInstanceId)
                .containsExactly(58L, 57L);
        assertThat(ports().loadModels().findById(model.modelId())).contains(validatedBySecond);
    }

    /**
     * A nightly run and a backfill of the same model recorded at the same moment: whichever commits
     * first, the model ends with the later run's metrics. When a store does not record the runs of one
     * model one after the other, about one pair in three (measured on PostgreSQL) ends with the backfill's.
     */
    @Test
    void concurrentBackfillKeepsLatestMetrics() throws Exception {
        CalibrationReport latest = report("0.8", "YES", "0.3", "NO");
        CalibrationReport backfill = report("0.1", "YES", "0.9", "NO");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int pair = 0; pair < 50; pair++) {
                ProbabilityModel model = insertModel();
                ProbabilityModel validatedByLatest = validated(model, latest);
                long instance = 1_000 + 2L * pair;
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Boolean> nightly = threads.submit(() -> {
                    start.await();
                    return ports().validationRuns().record(run(model, instance, AS_OF, latest), validatedByLatest);
                });
                Future<Boolean> backfilled = threads.submit(() -> {
                    start.await();
                    return ports().validationRuns().record(run(model, instance + 1, AS_OF.minusSeconds(60), backfill),
                            validated(model, backfill, RUN_AT.plusSeconds(3600)));
                });

                assertThat(List.of(nightly.get(), backfilled.get())).containsExactly(true, true);
                assertThat(ports().loadModels().findById(model.modelId())).contains(validatedByLatest);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void rejectsARunOfAnUnknownModel() {
        ProbabilityModel model = insertModel();
        CalibrationReport report = report("0.7", "YES");
        ValidationRun ghostRun = new ValidationRun(0, Long.MAX_VALUE, 48, 4800, AS_OF, null, report, RUN_AT);

        assertThat(catchThrowableOfType(ModelNotFoundException.class,
                () -> ports().validationRuns().record(ghostRun, validated(model, report))))
                .hasMessage("No model with model_id 9223372036854775807: list versions by name to find the id");
        assertThat(ports().loadModels().findById(model.modelId())).contains(model);
    }

    private ProbabilityModel insertModel() {
        return ports().saveModels().insert(NewModels.elo(UniqueNames.of("validated"), "v1.0", ModelStatus.TESTING,
                "nfl"));
    }

    /** Returns the model with the report's metrics, as the validation job stores them. */
    static ProbabilityModel validated(ProbabilityModel model, CalibrationReport report) {
        return validated(model, report, RUN_AT);
    }

    /** Returns the model with the report's metrics, validated at {@code validatedAt}. */
    static ProbabilityModel validated(ProbabilityModel model, CalibrationReport report, Instant validatedAt) {
        return model.withMetrics(MetricsUpdate.computed(report.calibrationScore(), report.accuracy(),
                report.sampleSize()), Clock.fixed(validatedAt, ZoneOffset.UTC));
    }

    private static ValidationRun run(ProbabilityModel model, long jobInstanceId, Instant asOf,
                                     CalibrationReport report) {
        return new ValidationRun(0, model.modelId(), jobInstanceId, jobInstanceId * 100, asOf,
                Instant.parse("2025-01-01T00:00:00Z"), report, RUN_AT);
    }

    /** Computes the report of forecasts given as alternating probability and outcome. */
    static CalibrationReport report(String... probabilitiesAndOutcomes) {
        CalibrationAccumulator accumulator = new CalibrationAccumulator();
        for (int i = 0; i < probabilitiesAndOutcomes.length; i += 2) {
            accumulator.add(new BigDecimal(probabilitiesAndOutcomes[i]),
                    Outcome.valueOf(probabilitiesAndOutcomes[i + 1]));
        }
        return accumulator.report().orElseThrow();
    }
}
