package io.precog.models.batch;

import io.precog.models.batch.command.CommandLine;
import io.precog.models.batch.command.Commands;
import io.precog.models.batch.command.Failures;
import io.precog.models.batch.command.UsageException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The batch application's entry point: {@code calibrate} (the default), {@code import-nfl},
 * {@code generate}, {@code benchmark} or {@code help}, with options of the form {@code --name=value}.
 * Exit codes: 0 done (a calibration already complete included), 1 failed, 2 wrong usage.
 */
@SpringBootApplication
public class CalibrationApplication {

    /**
     * Keeps Spring's own reports of a failed start (a warning, then the whole stack trace) off the
     * terminal: the application prints the reason in one line and logs the stack trace at DEBUG.
     */
    static final Map<String, Object> QUIET_START_FAILURES = Map.of(
            "logging.level.org.springframework.boot.SpringApplication", "OFF",
            "logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext", "ERROR");

    private static final Logger LOG = LoggerFactory.getLogger(CalibrationApplication.class);

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command the arguments name and returns the exit code. */
    static int run(String... args) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(Commands.USAGE);
            return Commands.EXIT_USAGE;
        }
        if (line.command().equals("help")) {
            System.out.println(Commands.USAGE);
            return Commands.EXIT_OK;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CalibrationApplication.class)
                .properties(QUIET_START_FAILURES)
                .properties(line.springProperties())
                .run()) {
            return context.getBean(Commands.class).run(line);
        } catch (RuntimeException e) {
            LOG.debug("{} failed", line.command(), e);
            System.err.println(line.command() + " failed: " + Failures.describe(Failures.rootCause(e)));
            System.err.println("(For the stack trace, run again with --logging.level.io.precog.models.batch=DEBUG.)");
            return Commands.EXIT_FAILED;
        }
    }
}
