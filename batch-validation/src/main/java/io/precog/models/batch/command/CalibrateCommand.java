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
        CalibrationParameters parameters = parameters(line, clock);
        boolean recover = line.flag("recover");
        Path reports = ReportsFolder.create(line.option("reports", DEFAULT_REPORTS));
        if (!line.flag("no-import")) {
            importNfl();
        }
        CalibrationRun run = runner.run(parameters, recover);
        out.println();
        switch (run.outcome()) {
            case COMPLETED -> out.printf("Calibration as of %s: job instance %d, execution %d completed.%n",
                    parameters.asOf(), run.jobInstanceId(), run.jobExecutionId());
            case ALREADY_COMPLETE -> out.printf("Calibration as of %s with these parameters was already complete"
                            + " (job instance %d, execution %d): nothing ran again; its stored results follow.%n",
                    parameters.asOf(), run.jobInstanceId(), run.jobExecutionId());
            case FAILED -> out.printf("Calibration as of %s FAILED (job instance %d, execution %d): %s%n"
                            + "Models stored before the failure are kept. To resume, run: %s%n",
                    parameters.asOf(), run.jobInstanceId(), run.jobExecutionId(), run.failure(),
                    CalibrationHints.resumeCommand(parameters, false));
            case STILL_RUNNING -> out.printf("Calibration as of %s did not start: %s.%n"
                            + "If another process runs it, let it end. If its process was killed, mark it failed and"
                            + " resume it with: %s%n",
                    parameters.asOf(), run.failure(), CalibrationHints.resumeCommand(parameters, true));
            case NOT_STARTED -> out.printf("Calibration as of %s did not start: %s%n", parameters.asOf(), run.failure());
        }
        boolean done = run.outcome() == CalibrationOutcome.COMPLETED
                || run.outcome() == CalibrationOutcome.ALREADY_COMPLETE;
        if (done) {
            List<ModelResult> results = runner.results(run.jobInstanceId());
            out.println();
            if (results.isEmpty()) {
                out.println(CalibrationHints.noModelInScope(parameters));
            } else {
                out.print(CalibrationTable.render(results));
                writeCharts(results, reports.resolve("instance-" + run.jobInstanceId()));
            }
        }
        reportOtherRunningExecutions(run.jobInstanceId());
        return done ? Commands.EXIT_OK : Commands.EXIT_FAILED;
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

    /** Executions of other job instances still marked as running: those of killed runs wait for --recover. */
    private void reportOtherRunningExecutions(long jobInstanceId) {
        for (CalibrationRun other : runner.stillRunning()) {
            if (other.jobInstanceId() != jobInstanceId) {
                out.printf("%nNote: the calibration as of %s did not end: %s. If its process was killed, mark it"
                        + " failed and resume it with: %s%n", other.parameters().asOf(), other.failure(),
                        CalibrationHints.resumeCommand(other.parameters(), true));
            }
        }
    }

    /**
     * Reads the calibration parameters from the command line; the as-of time defaults to the current
     * time, to the second.
     *
     * @throws UsageException when an option is malformed, or the as-of time is later than the current time
     */
    static CalibrationParameters parameters(CommandLine line, Clock clock) {
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
            parameters.requireAsOfNotAfter(clock.instant().truncatedTo(ChronoUnit.MILLIS), "--as-of");
            return parameters;
        } catch (DomainException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
