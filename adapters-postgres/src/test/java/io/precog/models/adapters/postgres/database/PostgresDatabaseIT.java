package io.precog.models.adapters.postgres.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresDatabaseIT {

    @TempDir
    Path folder;

    @Test
    void usesGivenUrlWithoutStartingServer() {
        Map<String, String> environment = Map.of(
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:5999/precog",
                "SPRING_DATASOURCE_USERNAME", "precog",
                "SPRING_DATASOURCE_PASSWORD", "s3cret");

        try (PostgresDatabase database = PostgresDatabase.open(environment, EmbeddedPostgresSettings.persistent(folder, 0))) {
            assertThat(database.settings())
                    .isEqualTo(new DatabaseSettings("jdbc:postgresql://localhost:5999/precog", "precog", "s3cret"));
            assertThat(database.embeddedServer()).isEmpty();
            assertThat(folder).isEmptyDirectory();
        }
    }

    @Test
    void startsEmbeddedServerWhenNoUrlIsGiven() throws SQLException, IOException {
        try (PostgresDatabase database = PostgresDatabase.open(Map.of(), EmbeddedPostgresSettings.persistent(folder, 0))) {
            int port = database.embeddedServer().orElseThrow().port();

            assertThat(database.settings().url()).isEqualTo("jdbc:postgresql://localhost:" + port + "/precog");
            assertThat(query(database.settings(), "SELECT current_database()")).isEqualTo("precog");
            assertThat(Files.readString(folder.resolve("PG_VERSION")).trim()).isEqualTo("14");
        }
    }

    @Test
    void treatsBlankUrlAsMissing() {
        try (PostgresDatabase database = PostgresDatabase.open(Map.of("SPRING_DATASOURCE_URL", "  "),
                EmbeddedPostgresSettings.persistent(folder, 0))) {
            assertThat(database.embeddedServer()).isPresent();
        }
    }

    @Test
    void stopsEmbeddedServerOnClose() {
        DatabaseSettings settings;
        try (PostgresDatabase database = PostgresDatabase.open(Map.of(), EmbeddedPostgresSettings.persistent(folder, 0))) {
            settings = database.settings();
        }

        assertThatThrownBy(() -> query(settings, "SELECT 1")).isInstanceOf(SQLException.class);
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
