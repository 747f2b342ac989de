package io.precog.models.batch.command;

import io.precog.models.application.ModelManager;
import io.precog.models.application.port.ImportForecasts;
import io.precog.models.batch.importer.NflEloImporter;
import io.precog.models.batch.job.CalibrationRunner;
import java.io.PrintStream;
import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Runs one command of the command line and turns its ending into an exit code. */
@Component
public class Commands {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    public static final String USAGE = """
            Usage: precog-calibrate [COMMAND] [--option=value ...]

            calibrate (default)  import the bundled NFL forecasts if absent, run the calibration job,
                                 print a table per model and write a reliability diagram per model
                --as-of=TIME           ISO-8601 UTC time, such as 2021-02-08T00:00:00Z (default: now)
                --statuses=LIST        statuses in scope (default: testing,active)
                --domain=NAME          only model versions of this domain
                --model=NAME           only versions of this model
                --window-start=TIME    leave out forecasts predicted before this time
                --progress-every=N     log progress every N forecasts (default: 1000000)
                --reports=FOLDER       where the PNG files go (default: .precog/reports)
                --no-import            do not import the bundled NFL forecasts
                --recover              first mark as failed an execution of the same parameters that
                                       is still shown as running because its process was killed
                                       (--no-import and --recover also take =true or =false)
            import-nfl           only import the bundled NFL forecasts
            generate             store synthetic events and forecasts
                --events=N --models=M --seed=S --miscalibration=X --decimals=D --void-share=F --domain=NAME
            benchmark            time the job against a plain SQL aggregate on the same database
                (the options of generate, and --repeat=R)
            help, --help, -h     print this text

            The database is the one in SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME and
            SPRING_DATASOURCE_PASSWORD), otherwise an embedded PostgreSQL with its data in .precog/postgres
            (--precog.data-folder=FOLDER to change it); generate and benchmark keep their synthetic data
            apart, in .precog/benchmark-postgres.
            The as-of time cannot be later than now. A run as of an earlier time than a model version's
            latest run (a backfill) is stored in its history, but leaves the version's metrics as they are.
            Exit codes: 0 done (a calibration already complete included, and one whose scope holds no model
            version, which it says), 1 failed or did not start, 2 wrong usage.
            """;

    private static final Logger LOG = LoggerFactory.getLogger(Commands.class);

    private final ModelManager manager;
    private final ImportForecasts imports;
    private final CalibrationRunner runner;
    private final DataSource dataSource;
    private final Clock clock;

    public Commands(ModelManager manager, ImportForecasts imports, CalibrationRunner runner, DataSource dataSource,
                    Clock clock) {
        this.manager = manager;
        this.imports = imports;
        this.runner = runner;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Runs the command, printing what it does on standard output and why it fails on standard error. */
    public int run(CommandLine line) {
        PrintStream out = System.out;
        NflEloImporter importer = new NflEloImporter(manager, imports, clock);
        try {
            return switch (line.command()) {
                case "calibrate" -> new CalibrateCommand(importer, runner, clock, out).run(line);
                case "import-nfl" -> {
                    new CalibrateCommand(importer, runner, clock, out).importNfl();
                    yield EXIT_OK;
                }
                case "generate" -> new GenerateCommand(manager, imports, clock, out).run(line);
                case "benchmark" -> new BenchmarkCommand(new GenerateCommand(manager, imports, clock, out), runner,
                        dataSource, clock, out).run(line);
                default -> throw new UsageException("unknown command " + line.command());
            };
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return EXIT_USAGE;
        } catch (RuntimeException e) {
            LOG.debug("{} failed", line.command(), e);
            System.err.println(line.command() + " failed: " + Failures.describe(e));
            return EXIT_FAILED;
        }
    }
}
