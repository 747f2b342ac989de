package io.precog.models.batch.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.postgres.testing.TestDatabase;
import io.precog.models.adapters.postgres.testing.TestDatabases;
import io.precog.models.application.ModelManager;
import io.precog.models.application.port.ImportForecasts;
import io.precog.models.batch.CalibrationApplication;
import io.precog.models.domain.calibration.CalibrationReport;
import io.precog.models.domain.calibration.ReliabilityBin;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.ValidationMetrics;
import io.precog.models.domain.prediction.Resolution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The job end to end on PostgreSQL, on a data set small enough that every expected metric was worked
 * out by hand (and checked in exact rational arithmetic outside the project):
 *
 * <pre>
 * model A (testing): 0.8 yes, 0.6 no, 0.3 no, 0.9 yes, 0.5 yes, and 0.7 on a void event
 *   Brier (0.04 + 0.36 + 0.09 + 0.01 + 0.25) / 5 = 0.15, accuracy 4/5, bins 3, 5, 6, 8, 9 with one each,
 *   ECE (0.2 + 0.6 + 0.3 + 0.1 + 0.5) / 5 = 0.34, MCE 0.6,
 *   log loss -(ln 0.8 + ln 0.4 + ln 0.7 + ln 0.9 + ln 0.5) / 5 = 0.45892338466897376210...,
 *   Spiegelhalter z = -0.2 / sqrt(0.1584) = -0.50251890762960603774..., p = 0.61530255569051084...
 * model B (active): 0.5 yes, 0.5 no: Brier 0.25, accuracy 1/2, log loss ln 2, z undefined
 * model C (testing): forecasts only on a pending event and on one resolved after the as-of time
 * model D (draft): out of the default scope
 * </pre>
 *
 * A second run as of one second later leaves out the forecasts predicted before a window start: model
 * A's forecast of 0.8 on e1, so 4 forecasts with Brier 0.71 / 4 = 0.1775 and accuracy 3/4, and model
 * B's of 0.5 on e1, so one forecast of 0.5 on a no: accuracy 0.
 */
@SpringBootTest(classes = CalibrationApplication.class)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalibrationJobIT {

    static final TestDatabase DATABASE = TestDatabases.createMigrated("calibration-job");

    static final Instant START = Instant.parse("2024-03-01T00:00:00Z");
    static final Instant AS_OF = START.plus(Duration.ofDays(1));
    static final Instant EARLY = START.minus(Duration.ofDays(10));
    static final Instant LATE_PREDICTION = START.minus(Duration.ofHours(1));

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DatabaseTest.register(registry, DATABASE);
    }

    @AfterAll
    static void dropDatabase() {
        DATABASE.close();
    }

    @Autowired
    CalibrationRunner runner;
    @Autowired
    ModelManager manager;
    @Autowired
    ImportForecasts imports;
    @Autowired
    JdbcTemplate jdbc;

    long modelA;
    long modelB;
    long modelC;
    long modelD;

    @BeforeAll
    void storeForecasts() {
        ForecastFixture fixture = new ForecastFixture(manager, imports);
        modelA = fixture.model("model-a", "weather", ModelStatus.TESTING);
        modelB = fixture.model("model-b", "weather", ModelStatus.ACTIVE);
        modelC = fixture.model("model-c", "weather", ModelStatus.TESTING);
        modelD = fixture.model("model-d", "weather", ModelStatus.DRAFT);
        Resolution[] outcomes = {Resolution.YES, Resolution.NO, Resolution.NO, Resolution.YES, Resolution.YES};
        for (int i = 0; i < outcomes.length; i++) {
            fixture.event("e" + (i + 1), "weather", outcomes[i], START.plus(Duration.ofHours(i + 1)));
        }
        fixture.event("void", "weather", Resolution.VOID, START.plus(Duration.ofHours(6)));
        fixture.event("late", "weather", Resolution.YES, AS_OF.plus(Duration.ofHours(1)));
        fixture.event("pending", "weather", Resolution.PENDING, null);

        fixture.forecast(modelA, "e1", "0.8", EARLY);
        String[] others = {"0.6", "0.3", "0.9", "0.5"};
        for (int i = 0; i < others.length; i++) {
            fixture.forecast(modelA, "e" + (i + 2), others[i], LATE_PREDICTION);
        }
        fixture.forecast(modelA, "void", "0.7", LATE_PREDICTION);
        fixture.forecast(modelA, "late", "0.99", LATE_PREDICTION);
        fixture.forecast(modelA, "pending", "0.4", LATE_PREDICTION);
        fixture.forecast(modelB, "e1", "0.5", EARLY);
        fixture.forecast(modelB, "e2", "0.50", LATE_PREDICTION);
        fixture.forecast(modelC, "late", "0.6", LATE_PREDICTION);
        fixture.forecast(modelC, "pending", "0.6", LATE_PREDICTION);
        fixture.forecast(modelD, "e1", "0.1", LATE_PREDICTION);
        run = runner.run(CalibrationParameters.asOf(AS_OF));
        windowed = runner.run(CalibrationParameters.asOf(AS_OF.plusSeconds(1))
                .withWindowStart(START.minus(Duration.ofDays(1))));
    }

    CalibrationRun run;
    CalibrationRun windowed;

    @Test
    void listsTestingAndActiveVersionsById() {
        assertThat(run.outcome()).isEqualTo(CalibrationOutcome.COMPLETED);
        assertThat(runner.results(run.jobInstanceId())).extracting(result -> result.model().modelId())
                .containsExactly(modelA, modelB, modelC);
    }

    @Test
    void scoresModelAExactly() {
        CalibrationReport report = report(run, modelA);
        assertThat(report.sampleSize()).isEqualTo(5);
        assertThat(report.voidCount()).isEqualTo(1);
        assertThat(report.brierScore()).isEqualByComparingTo("0.15");
        assertThat(report.calibrationScore()).isEqualByComparingTo("0.85");
        assertThat(report.accuracy()).isEqualByComparingTo("0.8");
        assertThat(report.expectedCalibrationError()).isEqualByComparingTo("0.34");
        assertThat(report.maximumCalibrationError()).isEqualByComparingTo("0.6");
        assertThat(rounded(report.logLoss(), 15)).isEqualByComparingTo("0.458923384668974");
        assertThat(rounded(report.spiegelhalter().orElseThrow().z(), 30))
                .isEqualByComparingTo("-0.502518907629606037744686778283");
        assertThat(rounded(report.spiegelhalter().orElseThrow().pValue(), 12)).isEqualByComparingTo("0.615302555691");
        assertThat(report.bins()).extracting(ReliabilityBin::index).containsExactly(3, 5, 6, 8, 9);
        assertThat(report.bins()).extracting(ReliabilityBin::count).containsOnly(1L);
        assertThat(report.bins()).extracting(bin -> bin.observedFrequency().stripTrailingZeros().toPlainString())
                .containsExactly("0", "1", "0", "1", "1");
    }

    @Test
    void leavesSpiegelhalterUndefinedAtOneHalf() {
        CalibrationReport report = report(run, modelB);
        assertThat(report.sampleSize()).isEqualTo(2);
        assertThat(report.brierScore()).isEqualByComparingTo("0.25");
        assertThat(report.accuracy()).isEqualByComparingTo("0.5");
        assertThat(report.expectedCalibrationError()).isEqualByComparingTo("0");
        assertThat(rounded(report.logLoss(), 15)).isEqualByComparingTo("0.693147180559945");
        assertThat(report.spiegelhalter()).isEmpty();
    }

    @Test
    void setsMetricsFromLatestRun() {
        ValidationMetrics metrics = manager.getModel(modelA).metrics();
        assertThat(metrics.calibration()).isEqualByComparingTo("0.8225");
        assertThat(metrics.accuracy()).isEqualByComparingTo("0.75");
        assertThat(metrics.sampleSize()).isEqualTo(4);
        assertThat(metrics.lastValidatedAt()).isNotNull();
        assertThat(manager.getModel(modelB).metrics().accuracy()).isEqualByComparingTo("0");
        assertThat(manager.validationHistory(modelA)).extracting(stored -> stored.report().calibrationScore())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("0.85"), new BigDecimal("0.8225"));
    }

    @Test
    void skipsVersionWithoutResolvedForecasts() {
        ModelResult skipped = runner.results(run.jobInstanceId()).get(2);
        assertThat(skipped.model().modelId()).isEqualTo(modelC);
        assertThat(skipped.run()).isEmpty();
        assertThat(manager.getModel(modelC).metrics()).isEqualTo(ValidationMetrics.NONE);
        assertThat(rowsOf(run)).isEqualTo(2);
    }

    @Test
    void leavesDraftVersionsAlone() {
        ProbabilityModel draft = manager.getModel(modelD);
        assertThat(draft.metrics()).isEqualTo(ValidationMetrics.NONE);
        assertThat(manager.validationHistory(modelD)).isEmpty();
    }

    @Test
    void leavesOutForecastsBeforeWindow() {
        CalibrationReport a = report(windowed, modelA);
        assertThat(a.sampleSize()).isEqualTo(4);
        assertThat(a.brierScore()).isEqualByComparingTo("0.1775");
        assertThat(a.accuracy()).isEqualByComparingTo("0.75");
        CalibrationReport b = report(windowed, modelB);
        assertThat(b.sampleSize()).isEqualTo(1);
        assertThat(b.accuracy()).isEqualByComparingTo("0");
    }

    @Test
    void recordsWindowOnRun() {
        assertThat(manager.validationHistory(modelA)).filteredOn(stored -> stored.jobInstanceId() == windowed.jobInstanceId())
                .singleElement()
                .satisfies(stored -> assertThat(stored.windowStart()).isEqualTo(START.minus(Duration.ofDays(1))));
    }

    CalibrationReport report(CalibrationRun run, long modelId) {
        List<ModelResult> results = runner.results(run.jobInstanceId());
        return results.stream().filter(result -> result.model().modelId() == modelId).findFirst().orElseThrow()
                .run().orElseThrow().report();
    }

    int rowsOf(CalibrationRun run) {
        return jdbc.queryForObject("SELECT count(*) FROM validation_runs WHERE job_instance_id = ?", Integer.class,
                run.jobInstanceId());
    }

    static BigDecimal rounded(BigDecimal value, int places) {
        return value.setScale(places, RoundingMode.HALF_EVEN);
    }
}
