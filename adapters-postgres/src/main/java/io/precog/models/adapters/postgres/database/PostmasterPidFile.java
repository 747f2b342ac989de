package io.precog.models.adapters.postgres.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock file {@code postmaster.pid} that a running PostgreSQL server keeps in its data folder. A run
 * that ends without stopping its server (a killed JVM) leaves the file behind, and sometimes the server.
 */
final class PostmasterPidFile {

    static final String FILE_NAME = "postmaster.pid";

    private static final Logger LOG = LoggerFactory.getLogger(PostmasterPidFile.class);

    private PostmasterPidFile() {
    }

    /**
     * Removes a lock file whose process no longer runs PostgreSQL, so that the server can start.
     *
     * @throws IllegalStateException naming the process and what to do when a PostgreSQL server still
     *         runs on the data folder: another application using it, or a server left by a run that
     *         ended without stopping it
     */
    static void removeIfStale(Path dataFolder) {
        Path file = dataFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<String> lines = read(file);
        Optional<Long> pid = lines.isEmpty() ? Optional.empty() : parse(lines.get(0));
        Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isPresent() && mayBePostgres(process.get())) {
            String port = lines.size() > 3 ? lines.get(3).trim() : "unknown";
            throw new IllegalStateException("PostgreSQL process " + pid.get() + " (port " + port
                    + ") still runs on data folder " + dataFolder + ": either another application uses this"
                    + " folder, or a previous run ended without stopping its server. Stop that application,"
                    + " or end the left-over server with `kill -INT " + pid.get() + "`, then start again.");
        }
        LOG.warn("Removing stale {} from {}: process {} no longer runs PostgreSQL", FILE_NAME, dataFolder,
                pid.map(String::valueOf).orElse("(unreadable)"));
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove stale " + file, e);
        }
    }

    private static boolean mayBePostgres(ProcessHandle process) {
        return process.info().command()
                .map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
                .orElse(true);
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    private static Optional<Long> parse(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
