package io.precog.models.batch.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.postgres.testing.TestDatabase;
import io.precog.models.adapters.postgres.testing.TestDatabases;
import io.precog.models.application.ModelManager;
import io.precog.models.application.ModelReference;
import io.precog.models.application.port.ImportForecasts;
import io.precog.models.batch.CalibrationApplication;
import io.precog.models.batch.importer.NflEloImporter;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
    void rejectsMalformedAsOfAsUsage() {
        assertThat(commands.run(CommandLine.parse("calibrate", "--as-of=yesterday", "--no-import")))
                .isEqualTo(Commands.EXIT_USAGE);
    }

    CalibrateCommand command(ByteArrayOutputStream bytes) {
        return new CalibrateCommand(new NflEloImporter(manager, imports, clock), runner, clock,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }
}
