package io.precog.models.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.batch.command.Commands;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The command line's entry point: the usage, wrong usage, and a start that fails. */
@ExtendWith(OutputCaptureExtension.class)
class CalibrationApplicationTest {

    @Test
    void printsUsageForHelpOptions(CapturedOutput output) {
        assertThat(CalibrationApplication.run("--help")).isEqualTo(Commands.EXIT_OK);
        assertThat(CalibrationApplication.run("-h")).isEqualTo(Commands.EXIT_OK);
        assertThat(CalibrationApplication.run("help")).isEqualTo(Commands.EXIT_OK);
        assertThat(output.getOut()).startsWith(Commands.USAGE);
        assertThat(output.getErr()).isEmpty();
    }

    @Test
    void rejectsFlagValueAsUsage(CapturedOutput output) {
        assertThat(CalibrationApplication.run("calibrate", "--no-import=yes")).isEqualTo(Commands.EXIT_USAGE);
        assertThat(output.getErr()).startsWith("invalid --no-import=yes: give --no-import alone, or --no-import=true"
                + " or --no-import=false\n");
    }

    /**
     * The data folder's lock file names a running process whose program is called postgres, as when the
     * REST service or another run uses the folder: the reason comes first, in one line, with no stack trace.
     */
    @Test
    void printsLockedDataFolderWithoutStackTrace(@TempDir Path temporary, CapturedOutput output) throws Exception {
        Path program = Files.copy(Path.of("/bin/sleep"), temporary.resolve("postgres"));
        assertThat(program.toFile().setExecutable(true)).isTrue();
        Process server = new ProcessBuilder(program.toString(), "120").start();
        String givenUrl = System.getProperty("spring.datasource.url");
        try {
            Path data = Files.createDirectory(temporary.resolve("data"));
            lockFile(data, server.pid(), 54329);
            // The embedded server only: a database named in the environment would be used instead.
            System.setProperty("spring.datasource.url", "");

            int exitCode = CalibrationApplication.run("calibrate", "--precog.data-folder=" + data);

            assertThat(exitCode).isEqualTo(Commands.EXIT_FAILED);
            assertThat(output.getErr()).startsWith("calibrate failed: PostgreSQL process " + server.pid()
                    + " (port 54329) still runs on data folder " + data + ": ");
            assertThat(output.getErr()).contains(" If that server belongs to a service that should keep running, such"
                    + " as the REST service, calibrate on it instead: SPRING_DATASOURCE_URL=jdbc:postgresql://"
                    + "localhost:54329/precog SPRING_DATASOURCE_USERNAME=postgres ./precog-calibrate\n"
                    + "(For the stack trace, run again with --logging.level.io.precog.models.batch=DEBUG.)\n");
            assertThat(output.getErr().lines()).hasSize(2);
            assertThat(output.getAll()).doesNotContain("\tat ").doesNotContain("Application run failed")
                    .doesNotContain("Exception encountered during context initialization");
        } finally {
            if (givenUrl == null) {
                System.clearProperty("spring.datasource.url");
            } else {
                System.setProperty("spring.datasource.url", givenUrl);
            }
            server.destroy();
        }
    }

    /** Writes {@code postmaster.pid} as PostgreSQL does: process id, data folder, start time, port. */
    private static void lockFile(Path data, long pid, int port) throws IOException {
        Files.writeString(data.resolve("postmaster.pid"), pid + "\n" + data + "\n1767225600\n" + port + "\n");
    }
}
