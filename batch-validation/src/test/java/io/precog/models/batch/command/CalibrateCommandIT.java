package io.precog.models.batch.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.postgres.testing.TestDatabase;
import io.precog.models.adapters.postgres.testing.TestDatabases;
import io.precog.models.application.ModelManager;
import io.precog.models.application.ModelReference;
import io.precog.models.application.port.ImportForecasts;
import io.precog.models.batch.CalibrationApplication;
import io.precog.models.batch.importer.NflEloImporter;
import io.precog.models.batch.job.CalibrationParameters;
import io.precog.models.batch.job.CalibrationRun;
import io.precog.models.batch.job.CalibrationRunner;
import io.precog.models.domain.calibration.CalibrationReport;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.model.ProbabilityModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The calibrate command on the bundled NFL forecasts. The expected metrics were computed from the CSV
 * file in exact rational arithmetic outside the project: 16,494 scored games (316 ties void), Brier
 * 0.211704960172028738436643014645 (to 30 places), 10,977 correct, so accuracy 0.6655147326,
 * ECE 0.007248995589573671761852794956.
 */
@SpringBootTest(classes = CalibrationApplication.class)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalibrateCommandIT {

    static final TestDatabase DATABASE = TestDatabases.createMigrated("calibrate-command");
    static final String AS_OF = "--as-of=2021-03-01T00:00:00Z";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
        registry.add("spring.datasource.username", DATABASE::user);
    }

    @AfterAll
    static void dropDatabase() {
        DATABASE.close();
    }

    @Autowired
    ModelManager manager;
    @Autowired
    ImportForecasts imports;
    @Autowired
    CalibrationRunner runner;
    @Autowired
    Clock clock;
    @Autowired
    Commands commands;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path reports;

    String firstOutput;
    int firstExitCode;

    @BeforeAll
    void calibrateOnce(@TempDir Path firstReports) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        firstExitCode = command(bytes).run(CommandLine.parse("calibrate", AS_OF, "--reports=" + firstReports));
        firstOutput = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importsValidatesAndPrintsTable() {
        assertThat(firstExitCode).isEqualTo(Commands.EXIT_OK);
        assertThat(firstOutput).contains("registered now, moved from draft to testing; status testing.")
                .contains("16,810 games, 316 of them ties (void); 16,810 events and 16,810 predictions stored now.")
                .contains("Calibration as of 2021-03-01T00:00:00Z: job instance")
                .contains("  sample size                 16,494\n")
                .contains("  Brier score               0.211705\n")
                .contains("  accuracy                  0.665515\n")
                .contains("  ECE                       0.007249\n")
                .contains("model-1-fivethirtyeight-nfl-elo-v1.0.png");
    }

    @Test
    void storesExactNflMetrics() {
        ProbabilityModel model = manager.getModel(ModelReference.byName(new ModelName(NflEloImporter.MODEL_NAME),
                ModelVersion.parse(NflEloImporter.MODEL_VERSION)));
        CalibrationReport report = manager.validationHistory(model.modelId()).get(0).report();
        assertThat(report.sampleSize()).isEqualTo(16_494);
        assertThat(report.voidCount()).isEqualTo(316);
        assertThat(report.brierScore().setScale(30, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("0.211704960172028738436643014645");
        assertThat(report.expectedCalibrationError().setScale(30, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("0.007248995589573671761852794956");
        assertThat(model.metrics().calibration()).isEqualByComparingTo("0.7882950398");
        assertThat(model.metrics().accuracy()).isEqualByComparingTo("0.6655147326");
        assertThat(model.metrics().sampleSize()).isEqualTo(16_494);
    }

    @Test
    void secondRunReportsCompletedInstance() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exitCode = command(bytes).run(CommandLine.parse("calibrate", AS_OF, "--reports=" + reports));
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).isEqualTo(Commands.EXIT_OK);
        assertThat(output).contains("already registered; status testing.")
                .contains("0 events and 0 predictions stored now (all were already imported).")
                .contains("with these parameters was already complete")
                .contains("  Brier score               0.211705\n");
        try (var files = Files.walk(reports)) {
            assertThat(files.filter(file -> file.toString().endsWith(".png")).count()).isEqualTo(1);
        }
    }

    @Test
    void rejectsFutureAsOfBeforeStarting() {
        long instances = jobInstances();
        assertThat(commands.run(CommandLine.parse("calibrate", "--as-of=3000-01-01T00:00:00Z", "--no-import")))
                .isEqualTo(Commands.EXIT_USAGE);
        assertThat(jobInstances()).isEqualTo(instances);
    }

    @Test
    void backfillKeepsMetricsOfLatestRun(@TempDir Path backfillReports) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exitCode = command(bytes).run(CommandLine.parse("calibrate", "--as-of=2020-01-01T00:00:00Z", "--no-import",
                "--reports=" + backfillReports));
        assertThat(exitCode).isEqualTo(Commands.EXIT_OK);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Model 1: fivethirtyeight-nfl-elo v1.0 (class elo,"
                + " domain nfl, testing)\n  not the version's latest run: its metrics stay those of job instance 1,"
                + " as of 2021-03-01T00:00:00Z\n");
        ProbabilityModel model = nflModel();
        assertThat(model.metrics().calibration()).isEqualByComparingTo("0.7882950398");
        assertThat(model.metrics().accuracy()).isEqualByComparingTo("0.6655147326");
        assertThat(model.metrics().sampleSize()).isEqualTo(16_494);
    }

    @Test
    void namesModelOfEmptyScope() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exitCode = command(bytes).run(CommandLine.parse("calibrate", "--as-of=2021-03-02T00:00:00Z", "--no-import",
                "--model=does-not-exist"));
        assertThat(exitCode).isEqualTo(Commands.EXIT_OK);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("No model version named does-not-exist, in any"
                + " domain, is in status testing or active: nothing was validated.");
    }

    @Test
    void importsWhenNoImportIsFalse(@TempDir Path importReports) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exitCode = command(bytes).run(CommandLine.parse("calibrate", "--as-of=2021-03-03T00:00:00Z",
                "--no-import=false", "--reports=" + importReports));
        assertThat(exitCode).isEqualTo(Commands.EXIT_OK);
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("0 events and 0 predictions stored now (all were already imported).");
    }

    @Test
    void rejectsReportsFolderBeforeStoringAnything(@TempDir Path temporary) throws Exception {
        Path file = Files.createFile(temporary.resolve("taken"));
        long instances = jobInstances();
        assertThat(commands.run(CommandLine.parse("calibrate", "--as-of=2021-03-04T00:00:00Z", "--no-import",
                "--reports=" + file))).isEqualTo(Commands.EXIT_USAGE);
        assertThat(jobInstances()).isEqualTo(instances);
    }

    /**
     * A killed process leaves its execution marked as running: Spring Batch never records the end. The
     * command names that execution and how to resume it, whether it is started with the same as-of time
     * or, as by default, with another one.
     */
    @Test
    void pointsKilledRunToRecover(@TempDir Path killedReports) {
        CalibrationRun killed = runner.run(CalibrationParameters.asOf(Instant.parse("2021-02-20T00:00:00Z")));
        jdbc.update("UPDATE batch_job_execution SET status = 'STARTED', exit_code = 'UNKNOWN', end_time = NULL"
                + " WHERE job_execution_id = ?", killed.jobExecutionId());
        String stillRunning = "execution " + killed.jobExecutionId() + " of job instance " + killed.jobInstanceId()
                + " is still marked as running (started ";
        String resume = "mark it failed and resume it with: ./precog-calibrate --as-of=2021-02-20T00:00:00Z --recover\n";

        ByteArrayOutputStream same = new ByteArrayOutputStream();
        int sameExitCode = command(same).run(CommandLine.parse("calibrate", "--as-of=2021-02-20T00:00:00Z",
                "--no-import", "--reports=" + killedReports));
        assertThat(sameExitCode).isEqualTo(Commands.EXIT_FAILED);
        assertThat(same.toString(StandardCharsets.UTF_8))
                .contains("Calibration as of 2021-02-20T00:00:00Z did not start: " + stillRunning)
                .contains("If its process was killed, " + resume)
                .doesNotContain("job instance 0");

        ByteArrayOutputStream other = new ByteArrayOutputStream();
        int otherExitCode = command(other).run(CommandLine.parse("calibrate", "--as-of=2021-02-21T00:00:00Z",
                "--no-import", "--reports=" + killedReports));
        assertThat(otherExitCode).isEqualTo(Commands.EXIT_OK);
        assertThat(other.toString(StandardCharsets.UTF_8))
                .contains("Note: the calibration as of 2021-02-20T00:00:00Z did not end: " + stillRunning)
                .contains("If its process was killed, " + resume);

        ByteArrayOutputStream recovered = new ByteArrayOutputStream();
        int recoveredExitCode = command(recovered).run(CommandLine.parse("calibrate", "--as-of=2021-02-20T00:00:00Z",
                "--no-import", "--recover", "--reports=" + killedReports));
        assertThat(recoveredExitCode).isEqualTo(Commands.EXIT_OK);
        assertThat(recovered.toString(StandardCharsets.UTF_8)).contains("Calibration as of 2021-02-20T00:00:00Z: job"
                + " instance " + killed.jobInstanceId() + ", execution ").doesNotContain("Note:");
    }

    @Test
    void rejectsMalformedAsOfAsUsage() {
        assertThat(commands.run(CommandLine.parse("calibrate", "--as-of=yesterday", "--no-import")))
                .isEqualTo(Commands.EXIT_USAGE);
    }

    ProbabilityModel nflModel() {
        return manager.getModel(ModelReference.byName(new ModelName(NflEloImporter.MODEL_NAME),
                ModelVersion.parse(NflEloImporter.MODEL_VERSION)));
    }

    long jobInstances() {
        return jdbc.queryForObject("SELECT count(*) FROM batch_job_instance", Long.class);
    }

    CalibrateCommand command(ByteArrayOutputStream bytes) {
        return new CalibrateCommand(new NflEloImporter(manager, imports, clock), runner, clock,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }
}
