package io.precog.models.batch.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.postgres.testing.TestDatabase;
import io.precog.models.adapters.postgres.testing.TestDatabases;
import io.precog.models.application.ModelManager;
import io.precog.models.application.ModelPorts;
import io.precog.models.application.port.ImportForecasts;
import io.precog.models.batch.CalibrationApplication;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.prediction.Resolution;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A run that fails part-way and is restarted ends with exactly the rows of an uninterrupted run, none
 * written twice; the same parameters run again after completion are reported as already complete.
 */
@SpringBootTest(classes = CalibrationApplication.class)
@Import(CalibrationRestartIT.CrashInjection.class)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalibrationRestartIT {

    static final TestDatabase DATABASE = TestDatabases.createMigrated("calibration-restart");
    static final Instant RESOLVED = Instant.parse("2024-06-01T00:00:00Z");

    /** Every column of a run that depends on the forecasts, not on when or by which execution it ran. */
    static final String RESULTS = """
            SELECT model_id, sample_size, void_count, brier_score, calibration_score, accuracy, log_loss,
                   expected_calibration_error, maximum_calibration_error, murphy_reliability, murphy_resolution,
                   murphy_uncertainty, murphy_within_bin_variance, murphy_within_bin_covariance, spiegelhalter_z,
                   spiegelhalter_p, bins::text AS bins, window_start
            FROM validation_runs WHERE job_instance_id = ? ORDER BY model_id""";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DatabaseTest.register(registry, DATABASE);
    }

    @AfterAll
    static void dropDatabase() {
        DATABASE.close();
    }

    @TestConfiguration
    static class CrashInjection {

        @Bean
        @Primary
        CrashingValidationRuns crashingValidationRuns(ModelPorts ports) {
            return new CrashingValidationRuns(ports.validationRuns());
        }
    }

    @Autowired
    CalibrationRunner runner;
    @Autowired
    ModelManager manager;
    @Autowired
    ImportForecasts imports;
    @Autowired
    CrashingValidationRuns crashes;
    @Autowired
    JdbcTemplate jdbc;

    List<Long> models;

    @BeforeAll
    void storeForecasts() {
        ForecastFixture fixture = new ForecastFixture(manager, imports);
        models = List.of(fixture.model("first", "markets", ModelStatus.TESTING),
                fixture.model("second", "markets", ModelStatus.TESTING),
                fixture.model("third", "markets", ModelStatus.ACTIVE),
                fixture.model("fourth", "markets", ModelStatus.TESTING));
        String[][] probabilities = {
            {"0.91", "0.12", "0.55", "0.73", "0.05", "0.38"},
            {"0.6", "0.4", "0.5", "0.5", "0.35", "0.65"},
            {"0.999", "0.001", "0.25", "0.875", "0.125", "0.625"},
            {"0.33", "0.66", "0.99", "0.01", "0.5", "0.45"},
        };
        Resolution[] outcomes = {Resolution.YES, Resolution.NO, Resolution.VOID, Resolution.YES, Resolution.NO,
            Resolution.YES};
        for (int event = 0; event < outcomes.length; event++) {
            fixture.event("m" + event, "markets", outcomes[event], RESOLVED.plus(Duration.ofMinutes(event)));
            for (int model = 0; model < models.size(); model++) {
                fixture.forecast(models.get(model), "m" + event, probabilities[model][event],
                        RESOLVED.minus(Duration.ofDays(1)));
            }
        }
    }

    @Test
    void restartEndsWithCleanRunRows() {
        CalibrationParameters interrupted = CalibrationParameters.asOf(RESOLVED.plus(Duration.ofDays(1)));
        crashes.crashAfterStoring(2);
        CalibrationRun failed = runner.run(interrupted);
        assertThat(failed.outcome()).isEqualTo(CalibrationOutcome.FAILED);
        assertThat(failed.failure()).contains("injected crash after storing the run of model " + models.get(1));
        assertThat(rows(failed.jobInstanceId())).extracting(row -> row.get("model_id"))
                .containsExactly(models.get(0), models.get(1));

        CalibrationRun resumed = runner.run(interrupted);
        assertThat(resumed.outcome()).isEqualTo(CalibrationOutcome.COMPLETED);
        assertThat(resumed.jobInstanceId()).isEqualTo(failed.jobInstanceId());
        assertThat(resumed.jobExecutionId()).isNotEqualTo(failed.jobExecutionId());

        CalibrationRun clean = runner.run(CalibrationParameters.asOf(RESOLVED.plus(Duration.ofDays(2))));
        assertThat(clean.outcome()).isEqualTo(CalibrationOutcome.COMPLETED);

        List<Map<String, Object>> restartedRows = rows(resumed.jobInstanceId());
        assertThat(restartedRows).extracting(row -> row.get("model_id")).containsExactlyElementsOf(models);
        assertThat(restartedRows).isEqualTo(rows(clean.jobInstanceId()));
        assertThat(jdbc.queryForObject("SELECT count(*) - count(DISTINCT model_id) FROM validation_runs"
                + " WHERE job_instance_id = ?", Long.class, resumed.jobInstanceId())).isZero();
    }

    @Test
    void resumesKilledRunOnlyWhenRecovering() {
        CalibrationParameters killed = CalibrationParameters.asOf(RESOLVED.plus(Duration.ofDays(4)));
        crashes.crashAfterStoring(1);
        CalibrationRun failed = runner.run(killed);
        // A killed process leaves its execution and step marked as running: Spring Batch never records the end.
        jdbc.update("UPDATE batch_job_execution SET status = 'STARTED', exit_code = 'UNKNOWN', end_time = NULL"
                + " WHERE job_execution_id = ?", failed.jobExecutionId());
        jdbc.update("UPDATE batch_step_execution SET status = 'STARTED', exit_code = 'EXECUTING', end_time = NULL"
                + " WHERE job_execution_id = ? AND step_name = ?", failed.jobExecutionId(),
                CalibrationJobConfiguration.VALIDATE_STEP);

        CalibrationRun refused = runner.run(killed);
        assertThat(refused.outcome()).isEqualTo(CalibrationOutcome.STILL_RUNNING);
        assertThat(refused.jobInstanceId()).isEqualTo(failed.jobInstanceId());
        assertThat(refused.jobExecutionId()).isEqualTo(failed.jobExecutionId());
        assertThat(refused.failure()).startsWith("execution " + failed.jobExecutionId() + " of job instance "
                + failed.jobInstanceId() + " is still marked as running (started ");
        assertThat(runner.stillRunning()).extracting(CalibrationRun::jobExecutionId)
                .containsExactly(failed.jobExecutionId());
        assertThat(runner.stillRunning()).extracting(CalibrationRun::parameters).containsExactly(killed);
        assertThat(rows(failed.jobInstanceId())).hasSize(1);

        CalibrationRun recovered = runner.run(killed, true);
        assertThat(recovered.outcome()).isEqualTo(CalibrationOutcome.COMPLETED);
        assertThat(recovered.jobInstanceId()).isEqualTo(failed.jobInstanceId());
        assertThat(runner.stillRunning()).isEmpty();
        CalibrationRun clean = runner.run(CalibrationParameters.asOf(RESOLVED.plus(Duration.ofDays(5))));
        assertThat(rows(recovered.jobInstanceId())).isEqualTo(rows(clean.jobInstanceId()));
    }

    @Test
    void reportsSameParametersAsComplete() {
        CalibrationParameters parameters = CalibrationParameters.asOf(RESOLVED.plus(Duration.ofDays(3)));
        CalibrationRun first = runner.run(parameters);
        int rowsBefore = jdbc.queryForObject("SELECT count(*) FROM validation_runs", Integer.class);

        CalibrationRun second = runner.run(parameters.withProgressInterval(5));

        assertThat(second.outcome()).isEqualTo(CalibrationOutcome.ALREADY_COMPLETE);
        assertThat(second.jobInstanceId()).isEqualTo(first.jobInstanceId());
        assertThat(second.jobExecutionId()).isEqualTo(first.jobExecutionId());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM validation_runs", Integer.class)).isEqualTo(rowsBefore);
    }

    List<Map<String, Object>> rows(long jobInstanceId) {
        return jdbc.queryForList(RESULTS, jobInstanceId);
    }
}
