package io.precog.models.batch;

import io.precog.models.batch.command.CommandLine;
import io.precog.models.batch.command.Commands;
import io.precog.models.batch.command.UsageException;
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

    public static void main(String[] args) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(Commands.USAGE);
            System.exit(Commands.EXIT_USAGE);
            return;
        }
        if (line.command().equals("help")) {
            System.out.println(Commands.USAGE);
            return;
        }
        int exitCode;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CalibrationApplication.class)
                .properties(line.springProperties())
                .run()) {
            exitCode = context.getBean(Commands.class).run(line);
        } catch (RuntimeException e) {
            System.err.println(line.command() + " failed: " + rootCause(e).getMessage());
            exitCode = Commands.EXIT_FAILED;
        }
        System.exit(exitCode);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
