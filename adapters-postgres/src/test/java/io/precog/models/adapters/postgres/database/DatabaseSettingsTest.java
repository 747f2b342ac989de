package io.precog.models.adapters.postgres.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void replacesDatabaseAndKeepsParameters() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://localhost:5432/postgres?ssl=false&connectTimeout=5",
                "admin", "secret");

        assertThat(settings.withDatabase("test_models_1a2b3c4d")).isEqualTo(new DatabaseSettings(
                "jdbc:postgresql://localhost:5432/test_models_1a2b3c4d?ssl=false&connectTimeout=5", "admin", "secret"));
    }

    @Test
    void addsDatabaseToUrlWithoutOne() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://localhost:5432", null, null);

        assertThat(settings.withDatabase("precog").url()).isEqualTo("jdbc:postgresql://localhost:5432/precog");
    }

    @Test
    void replacesDatabaseOnEveryHostOfMultiHostUrl() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://localhost:5432,localhost:5433/postgres",
                null, null);

        assertThat(settings.withDatabase("precog").url())
                .isEqualTo("jdbc:postgresql://localhost:5432,localhost:5433/precog");
    }

    @Test
    void rejectsUrlWithoutHostWhenRenamingDatabase() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql:precog", null, null);

        assertThatThrownBy(() -> settings.withDatabase("other"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot name another database in jdbc:postgresql:precog;"
                        + " use the form jdbc:postgresql://host:port/database");
    }

    @Test
    void rejectsUrlOfAnotherDatabaseSystem() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:mysql://localhost/precog?password=hunter2", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a PostgreSQL JDBC URL (it must start with jdbc:postgresql:):"
                        + " jdbc:mysql://localhost/precog?password=***");
    }

    @Test
    void hidesPasswordInText() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://localhost/precog?user=app&password=hunter2&ssl=true",
                "app", "s3cret");

        assertThat(settings.toString()).isEqualTo(
                "DatabaseSettings[url=jdbc:postgresql://localhost/precog?user=app&password=***&ssl=true, user=app, password=***]");
    }

    @Test
    void showsMissingPasswordAsNone() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://localhost/precog", "postgres", null);

        assertThat(settings.toString())
                .isEqualTo("DatabaseSettings[url=jdbc:postgresql://localhost/precog, user=postgres, password=none]");
    }
}
