package io.precog.models.adapters.postgres.testing;

import io.precog.models.adapters.postgres.database.DatabaseSettings;
import io.precog.models.adapters.postgres.database.EmbeddedPostgresServer;
import io.precog.models.adapters.postgres.database.EmbeddedPostgresSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one PostgreSQL server of this test JVM, started on first use (see {@link TestServerKind} for
 * which) and cleaned up when the JVM exits: databases created here are dropped, a container or
 * embedded server is stopped, the embedded server's folder removed.
 */
final class TestPostgresServer {

    private static final Logger LOG = LoggerFactory.getLogger(TestPostgresServer.class);
    private static final Duration SERVER_EXIT_WAIT = Duration.ofSeconds(10);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final TestServerKind kind;
    private final DatabaseSettings admin;
    private final Set<String> createdDatabases = ConcurrentHashMap.newKeySet();

    private TestPostgresServer(TestServerKind kind, DatabaseSettings admin) {
        this.kind = kind;
        this.admin = admin;
    }

    private static final class Holder {
        static final TestPostgresServer INSTANCE = start();
    }

    static TestPostgresServer get() {
        return Holder.INSTANCE;
    }

    TestServerKind kind() {
        return kind;
    }

    /** Settings of a database on this server, as the user that creates the test databases. */
    DatabaseSettings settings(String database) {
        return admin.withDatabase(database);
    }

    /** Creates a database, copied from {@code template} when that is not null. */
    void createDatabase(String name, String template) {
        String sql = "CREATE DATABASE " + quote(name) + (template == null ? "" : " TEMPLATE " + quote(template));
        execute(sql);
        createdDatabases.add(name);
    }

    /** Drops a database, closing the connections that are still open to it. */
    void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
        createdDatabases.remove(name);
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(admin.url(), admin.user(), admin.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run `" + sql + "` on " + admin.maskedUrl(), e);
        }
    }

    private void dropCreatedDatabases() {
        for (String name : Set.copyOf(createdDatabases)) {
            try {
                dropDatabase(name);
            } catch (IllegalStateException e) {
                LOG.warn("Could not drop test database {} at exit", name, e);
            }
        }
    }

    private static String quote(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a test database name: " + name);
        }
        return "\"" + name + "\"";
    }

    private static TestPostgresServer start() {
        TestServerKind kind = TestServerKind.choose(System.getenv(), testcontainersPresent(),
                PostgresContainer::dockerAvailable);
        return switch (kind) {
            case GIVEN_URL -> startGiven();
            case CONTAINER -> startContainer();
            case EMBEDDED -> startEmbedded();
        };
    }

    private static TestPostgresServer startGiven() {
        DatabaseSettings admin = new DatabaseSettings(System.getenv(TestServerKind.URL_VARIABLE),
                System.getenv(TestServerKind.USER_VARIABLE), System.getenv(TestServerKind.PASSWORD_VARIABLE));
        LOG.info("Tests use the PostgreSQL server given by {}: {}", TestServerKind.URL_VARIABLE, admin.maskedUrl());
        TestPostgresServer server = new TestPostgresServer(TestServerKind.GIVEN_URL, admin);
        atExit(server::dropCreatedDatabases);
        return server;
    }

    private static TestPostgresServer startContainer() {
        PostgresContainer.Started container = PostgresContainer.start();
        LOG.info("Tests use a Testcontainers PostgreSQL ({}) at {}", PostgresContainer.IMAGE,
                container.settings().maskedUrl());
        TestPostgresServer server = new TestPostgresServer(TestServerKind.CONTAINER, container.settings());
        atExit(() -> {
            server.dropCreatedDatabases();
            container.stop().run();
        });
        return server;
    }

    private static TestPostgresServer startEmbedded() {
        Path folder = createTemporaryFolder();
        EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(EmbeddedPostgresSettings.disposable(folder));
        LOG.info("Tests use an embedded PostgreSQL on localhost:{} with data in {}, removed at exit",
                embedded.port(), folder);
        atExit(() -> {
            embedded.close();
            awaitServerExit(folder);
            deleteRecursively(folder);
        });
        return new TestPostgresServer(TestServerKind.EMBEDDED,
                embedded.settings(EmbeddedPostgresServer.MAINTENANCE_DATABASE));
    }

    private static boolean testcontainersPresent() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory", false, TestPostgresServer.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            LOG.info("Testcontainers is not on the test class path; Docker is not considered");
            return false;
        }
    }

    private static void atExit(Runnable cleanup) {
        Runtime.getRuntime().addShutdownHook(new Thread(cleanup, "precog-test-postgres-cleanup"));
    }

    private static Path createTemporaryFolder() {
        try {
            return Files.createTempDirectory("precog-test-postgres-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a folder for the embedded test server", e);
        }
    }

    /** Zonky's own shutdown hook may be the one stopping the server; its lock file goes last. */
    private static void awaitServerExit(Path folder) {
        Path lockFile = folder.resolve("postmaster.pid");
        long deadline = System.nanoTime() + SERVER_EXIT_WAIT.toNanos();
        while (Files.exists(lockFile) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not remove the embedded test server's folder {}", folder, e);
        }
    }
}
