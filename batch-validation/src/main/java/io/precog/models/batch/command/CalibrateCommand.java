package io.precog.models.batch.command;

import io.precog.models.batch.importer.ModelRegistration;
import io.precog.models.batch.importer.NflEloImporter;
import io.precog.models.batch.importer.NflEloSource;
import io.precog.models.batch.importer.NflImportSummary;
import io.precog.models.batch.job.CalibrationOutcome;
import io.precog.models.batch.job.CalibrationParameters;
import io.precog.models.batch.job.CalibrationRun;
import io.precog.models.batch.job.CalibrationRunner;
import io.precog.models.batch.job.ModelResult;
import io.precog.models.batch.report.CalibrationTable;
import io.precog.models.batch.report.ReliabilityChart;
import io.precog.models.domain.config.ModelConfig;
import io.precog.models.domain.error.DomainException;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ProbabilityModel;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code calibrate}: imports the bundled NFL forecasts if absent, runs the calibration job, prints a
 * table per model version in scope and writes a reliability diagram per validated version.
 */
final class CalibrateCommand {

    static final String DEFAULT_REPORTS = ".precog/reports";

    private final NflEloImporter importer;
    private final CalibrationRunner runner;
    private final Clock clock;
    private final PrintStream out;

    CalibrateCommand(NflEloImporter importer, CalibrationRunner runner, Clock clock, PrintStream out) {
        this.importer = importer;
        this.runner = runner;
        this.clock = clock;
        this.out = out;
    }

    int run(CommandLine line) {
        CalibrationParameters parameters = parameters(line);
        if (!line.has("no-import")) {
            importNfl();
        }
        CalibrationRun run = runner.run(parameters, line.has("recover"));
        out.println();
        switch (run.outcome()) {
            case COMPLETED -> out.printf("Calibration as of %s: job instance %d, execution %d completed.%n",
                    parameters.asOf(), run.jobInstanceId(), run.jobExecutionId());
            case ALREADY_COMPLETE -> out.printf("Calibration as of %s with these parameters was already complete"
                            + " (job instance %d, execution %d): nothing ran again; its stored results follow.%n",
                    parameters.asOf(), run.jobInstanceId(), run.jobExecutionId());
            case FAILED -> out.printf("Calibration as of %s FAILED (job instance %d, execution %d): %s%n"
                            + "Models stored before the failure are kept. To resume, run the same command with"
                            + " --as-of=%s.%n",
                    parameters.asOf(), run.jobInstanceId(), run.jobExecutionId(), run.failure(), parameters.asOf());
        }
        if (run.jobInstanceId() > 0 && run.outcome() != CalibrationOutcome.FAILED) {
            List<ModelResult> results = runner.results(run.jobInstanceId());
            out.println();
            if (results.isEmpty()) {
                out.println("No model version is in scope (statuses " + parameters.statusList() + ").");
            } else {
                out.print(CalibrationTable.render(results));
                writeCharts(results, Path.of(line.option("reports", DEFAULT_REPORTS))
                        .resolve("instance-" + run.jobInstanceId()));
            }
        }
        return run.outcome() == CalibrationOutcome.FAILED ? Commands.EXIT_FAILED : Commands.EXIT_OK;
    }

    void importNfl() {
        ModelRegistration registration = importer.registerModel(ModelConfig.of(NflEloSource.provenance()));
        ProbabilityModel model = registration.model();
        out.printf("Model %s %s (model id %d): %s%s; status %s.%n", model.name(), model.version(), model.modelId(),
                registration.created() ? "registered now" : "already registered",
                registration.movedToTesting() ? ", moved from draft to testing" : "", model.status());
        NflImportSummary summary = importer.importGames(model, NflEloSource.games());
        out.printf("NFL data (%s): %,d games, %,d of them ties (void); %,d events and %,d predictions stored now%s.%n",
                NflEloSource.RESOURCE, summary.games(), summary.ties(), summary.eventsStored(),
                summary.predictionsStored(),
                summary.eventsStored() == 0 && summary.predictionsStored() == 0 ? " (all were already imported)" : "");
    }

    private void writeCharts(List<ModelResult> results, Path folder) {
        out.println("Reliability diagrams:");
        for (ModelResult result : results) {
            if (result.run().isPresent()) {
                ProbabilityModel model = result.model();
                Path file = folder.resolve("model-" + model.modelId() + "-" + model.name() + "-" + model.version()
                        + ".png");
                ReliabilityChart.write(model, result.run().get(), file);
                out.println("  " + file.toAbsolutePath().normalize());
            }
        }
    }

    private CalibrationParameters parameters(CommandLine line) {
        try {
            Instant asOf = line.has("as-of") ? CalibrationParameters.parseInstant("--as-of", line.option("as-of", null))
                    : clock.instant().truncatedTo(ChronoUnit.SECONDS);
            CalibrationParameters parameters = CalibrationParameters.asOf(asOf)
                    .withProgressInterval(line.number("progress-every", CalibrationParameters.DEFAULT_PROGRESS_INTERVAL,
                            1));
            if (line.has("statuses")) {
                parameters = parameters.withStatuses(CalibrationParameters.parseStatuses(line.option("statuses", "")));
            }
            if (line.has("domain")) {
                parameters = parameters.withDomain(new DomainName(line.option("domain", null)));
            }
            if (line.has("model")) {
                parameters = parameters.withModelName(new ModelName(line.option("model", null)));
            }
            if (line.has("window-start")) {
                parameters = parameters.withWindowStart(
                        CalibrationParameters.parseInstant("--window-start", line.option("window-start", null)));
            }
            return parameters;
        } catch (DomainException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
