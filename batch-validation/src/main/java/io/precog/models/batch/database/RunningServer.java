package io.precog.models.batch.database;

import io.precog.models.adapters.postgres.database.EmbeddedPostgresServer;
import io.precog.models.adapters.postgres.database.PostgresDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL server that already runs on the embedded data folder, such as the REST service's, as
 * its lock file {@code postmaster.pid} shows: the process id on the first line, the port on the fourth.
 */
final class RunningServer {

    private static final String LOCK_FILE = "postmaster.pid";

    private RunningServer() {
    }

    /** The port of the server whose process runs on the folder; empty when none runs or the file is unreadable. */
    static Optional<Integer> on(Path dataFolder) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataFolder.resolve(LOCK_FILE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 4) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(lines.get(0).trim());
            int port = Integer.parseInt(lines.get(3).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(process -> port);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The failure to start the embedded server, with how to calibrate on the server that runs instead.
     * It has no cause, so that the command line prints its message; the original failure is suppressed in it.
     */
    static IllegalStateException inUse(IllegalStateException failure, int port) {
        IllegalStateException inUse = new IllegalStateException(failure.getMessage() + " If that server belongs to"
                + " a service that should keep running, such as the REST service, calibrate on it instead:"
                + " SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:" + port + "/"
                + PostgresDatabase.EMBEDDED_DATABASE + " SPRING_DATASOURCE_USERNAME=" + EmbeddedPostgresServer.SUPERUSER
                + " ./precog-calibrate");
        inUse.addSuppressed(failure);
        return inUse;
    }
}
