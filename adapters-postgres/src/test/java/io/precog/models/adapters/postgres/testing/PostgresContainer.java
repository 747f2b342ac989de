package io.precog.models.adapters.postgres.testing;

import io.precog.models.adapters.postgres.database.DatabaseSettings;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The only class that touches Testcontainers, so that modules without Testcontainers on their test
 * class path can still use the embedded server.
 */
final class PostgresContainer {

    /** Same major version as the embedded server's binaries. */
    static final String IMAGE = "postgres:14-alpine";

    private PostgresContainer() {
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    /** Starts a container and returns the settings of its superuser; the returned action stops it. */
    static Started start() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
        container.start();
        DatabaseSettings settings = new DatabaseSettings(container.getJdbcUrl(), container.getUsername(),
                container.getPassword());
        return new Started(settings, container::stop);
    }

    /** A started container: how to reach it and how to stop it. */
    record Started(DatabaseSettings settings, Runnable stop) {
    }
}
