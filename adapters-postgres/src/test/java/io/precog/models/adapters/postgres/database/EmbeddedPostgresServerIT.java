package io.precog.models.adapters.postgres.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerIT {

    @TempDir
    Path folder;

    @Test
    void keepsDataBetweenRestarts() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedPostgresSettings.persistent(folder, 0))) {
            DatabaseSettings settings = server.createDatabaseIfMissing("kept");
            execute(settings, "CREATE TABLE notes (body text); INSERT INTO notes VALUES ('survives a restart')");
        }

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedPostgresSettings.persistent(folder, 0))) {
            assertThat(query(server.createDatabaseIfMissing("kept"), "SELECT body FROM notes")).isEqualTo("survives a restart");
        }
    }

    @Test
    void listensOnLocalhostOnlyWithoutUnixSocket() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedPostgresSettings.disposable(folder))) {
            DatabaseSettings settings = server.settings(EmbeddedPostgresServer.MAINTENANCE_DATABASE);

            assertThat(query(settings, "SHOW listen_addresses")).isEqualTo("localhost");
            assertThat(query(settings, "SHOW unix_socket_directories")).isEmpty();
        }
    }

    @Test
    void flushesCommitsWhenPersistent() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedPostgresSettings.persistent(folder, 0))) {
            DatabaseSettings settings = server.settings(EmbeddedPostgresServer.MAINTENANCE_DATABASE);

            assertThat(query(settings, "SHOW fsync")).isEqualTo("on");
            assertThat(query(settings, "SHOW synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void skipsFlushesWhenDisposable() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedPostgresSettings.disposable(folder))) {
            assertThat(query(server.settings(EmbeddedPostgresServer.MAINTENANCE_DATABASE), "SHOW fsync")).isEqualTo("off");
        }
    }

    @Test
    void startsOnRequestedPort() throws Exception {
        int port = freePort();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedPostgresSettings.persistent(folder, port))) {
            assertThat(server.port()).isEqualTo(port);
            assertThat(server.jdbcUrl("precog")).isEqualTo("jdbc:postgresql://localhost:" + port + "/precog");
            assertThat(query(server.settings(EmbeddedPostgresServer.MAINTENANCE_DATABASE), "SHOW port"))
                    .isEqualTo(String.valueOf(port));
        }
    }

    @Test
    void rejectsPortInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> EmbeddedPostgresServer.start(EmbeddedPostgresSettings.persistent(folder, port)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("port " + port + " on localhost is already in use");
        }
    }

    @Test
    void createsMissingDatabaseOnce() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedPostgresSettings.disposable(folder))) {
            DatabaseSettings first = server.createDatabaseIfMissing("precog");
            DatabaseSettings second = server.createDatabaseIfMissing("precog");

            assertThat(second).isEqualTo(first);
            assertThat(first.url()).isEqualTo("jdbc:postgresql://localhost:" + server.port() + "/precog");
            assertThat(first.user()).isEqualTo("postgres");
            assertThat(query(first, "SELECT current_database()")).isEqualTo("precog");
        }
    }

    @Test
    void rejectsDatabaseNameThatNeedsQuoting() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedPostgresSettings.disposable(folder))) {
            assertThatThrownBy(() -> server.createDatabaseIfMissing("precog\"; DROP DATABASE postgres; --"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("database name must be lowercase letters");
        }
    }

    @Test
    void removesLockFileOfEndedProcess() throws Exception {
        createClusterWithTable();
        long endedPid = endedProcessId();
        writeLockFile(endedPid);

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedPostgresSettings.persistent(folder, 0))) {
            assertThat(query(server.settings("kept"), "SELECT body FROM notes")).isEqualTo("before the crash");
        }
    }

    @Test
    void removesLockFileOfProcessThatIsNotPostgres() throws Exception {
        createClusterWithTable();
        writeLockFile(ProcessHandle.current().pid());

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedPostgresSettings.persistent(folder, 0))) {
            assertThat(query(server.settings("kept"), "SELECT body FROM notes")).isEqualTo("before the crash");
        }
    }

    @Test
    void rejectsFolderServedByRunningServer() throws Exception {
        try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(EmbeddedPostgresSettings.persistent(folder, 0))) {
            long pid = Long.parseLong(Files.readAllLines(folder.resolve("postmaster.pid")).get(0).trim());

            assertThatThrownBy(() -> EmbeddedPostgresServer.start(EmbeddedPostgresSettings.persistent(folder, 0)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("PostgreSQL process " + pid + " (port " + running.port()
                            + ") still runs on data folder " + folder.toAbsolutePath().normalize())
                    .hasMessageContaining("kill -INT " + pid);
            assertThat(query(running.settings(EmbeddedPostgresServer.MAINTENANCE_DATABASE), "SELECT 'still up'"))
                    .isEqualTo("still up");
        }
    }

    private void createClusterWithTable() throws SQLException {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedPostgresSettings.persistent(folder, 0))) {
            execute(server.createDatabaseIfMissing("kept"),
                    "CREATE TABLE notes (body text); INSERT INTO notes VALUES ('before the crash')");
        }
    }

    /** Writes a lock file as a server that died without cleaning up leaves it: pid, folder, start time, port. */
    private void writeLockFile(long pid) throws IOException {
        String content = pid + "\n" + folder.toAbsolutePath() + "\n1700000000\n54321\n\nlocalhost\n  1234567  0\nready   \n";
        Files.writeString(folder.resolve("postmaster.pid"), content, StandardCharsets.US_ASCII);
    }

    private static long endedProcessId() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        }
    }

    private static void execute(DatabaseSettings settings, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(DatabaseSettings settings, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
