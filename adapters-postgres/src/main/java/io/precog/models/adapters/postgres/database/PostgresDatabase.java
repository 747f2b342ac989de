package io.precog.models.adapters.postgres.database;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database an application runs on: the one named by {@value #URL_VARIABLE} (with
 * {@value #USERNAME_VARIABLE} and {@value #PASSWORD_VARIABLE}) when that variable is set, otherwise an
 * embedded PostgreSQL server whose data stays in a local folder between runs. Closing it stops the
 * embedded server, if one was started.
 */
public final class PostgresDatabase implements AutoCloseable {

    /** Environment variable holding the JDBC URL of a database the user provides. */
    public static final String URL_VARIABLE = "SPRING_DATASOURCE_URL";

    /** Environment variable holding the user for {@value #URL_VARIABLE}. */
    public static final String USERNAME_VARIABLE = "SPRING_DATASOURCE_USERNAME";

    /** Environment variable holding the password for {@value #URL_VARIABLE}. */
    public static final String PASSWORD_VARIABLE = "SPRING_DATASOURCE_PASSWORD";

    /** Data folder of the embedded server, relative to the working directory. */
    public static final Path DEFAULT_DATA_FOLDER = Path.of(".precog", "postgres");

    /** Name of the application's database on the embedded server. */
    public static final String EMBEDDED_DATABASE = "precog";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabase.class);

    private final DatabaseSettings settings;
    private final EmbeddedPostgresServer embeddedServer;

    private PostgresDatabase(DatabaseSettings settings, EmbeddedPostgresServer embeddedServer) {
        this.settings = settings;
        this.embeddedServer = embeddedServer;
    }

    /**
     * Uses the database named in the environment, or starts an embedded server in
     * {@link #DEFAULT_DATA_FOLDER} on a free port.
     */
    public static PostgresDatabase open(Map<String, String> environment) {
        return open(environment, EmbeddedPostgresSettings.persistent(DEFAULT_DATA_FOLDER, 0));
    }

    /**
     * Uses the database named in the environment, or starts an embedded server with the given settings and
     * creates database {@value #EMBEDDED_DATABASE} on it when missing.
     */
    public static PostgresDatabase open(Map<String, String> environment, EmbeddedPostgresSettings embedded) {
        String url = environment.get(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            DatabaseSettings external = new DatabaseSettings(url.trim(), environment.get(USERNAME_VARIABLE),
                    environment.get(PASSWORD_VARIABLE));
            LOG.info("Using the database given by {}: {}", URL_VARIABLE, external.maskedUrl());
            return new PostgresDatabase(external, null);
        }
        LOG.info("{} is not set; starting embedded PostgreSQL with data folder {}", URL_VARIABLE, embedded.dataFolder());
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(embedded);
        try {
            return new PostgresDatabase(server.createDatabaseIfMissing(EMBEDDED_DATABASE), server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** Returns the embedded server this database runs on, empty when the environment named the database. */
    public Optional<EmbeddedPostgresServer> embeddedServer() {
        return Optional.ofNullable(embeddedServer);
    }

    @Override
    public void close() {
        if (embeddedServer != null) {
            embeddedServer.close();
        }
    }
}
