package io.precog.models.adapters.postgres.database;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run an embedded PostgreSQL server.
 *
 * @param dataFolder where the server keeps its data; created when missing, reused when it contains a cluster
 * @param port TCP port on localhost, or 0 for any free port
 * @param durable whether every commit is flushed to disk; off only for throw-away test data
 */
public record EmbeddedPostgresSettings(Path dataFolder, int port, boolean durable) {

    public EmbeddedPostgresSettings {
        Objects.requireNonNull(dataFolder, "dataFolder");
        dataFolder = dataFolder.toAbsolutePath().normalize();
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 (any free port) or between 1 and 65535: " + port);
        }
    }

    /** Returns settings for a server whose data outlives the process, as the applications use it. */
    public static EmbeddedPostgresSettings persistent(Path dataFolder, int port) {
        return new EmbeddedPostgresSettings(dataFolder, port, true);
    }

    /** Returns settings for a server on a free port whose data is thrown away, so commits are not flushed to disk. */
    public static EmbeddedPostgresSettings disposable(Path dataFolder) {
        return new EmbeddedPostgresSettings(dataFolder, 0, false);
    }
}
