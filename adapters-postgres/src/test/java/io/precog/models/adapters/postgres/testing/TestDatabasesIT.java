package io.precog.models.adapters.postgres.testing;

import static io.precog.models.adapters.postgres.testing.PostgresTestExtensionIT.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestDatabasesIT {

    @Test
    void createsMigratedDatabase() throws SQLException {
        try (TestDatabase database = TestDatabases.createMigrated("migrated")) {
            assertThat(query(database.dataSource(), "SELECT count(*) FROM model_status_transitions")).isEqualTo("6");
        }
    }

    @Test
    void createsEmptyDatabase() throws SQLException {
        try (TestDatabase database = TestDatabases.createEmpty("empty")) {
            assertThat(query(database.dataSource(),
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")).isEqualTo("0");
        }
    }

    @Test
    void keepsDatabasesApart() throws SQLException {
        try (TestDatabase first = TestDatabases.createMigrated("apart");
                TestDatabase second = TestDatabases.createMigrated("apart")) {
            try (Connection connection = first.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO model_classes (name, created_by) VALUES ('bayesian', 'test')");
            }

            assertThat(query(first.dataSource(), "SELECT count(*) FROM model_classes")).isEqualTo("7");
            assertThat(query(second.dataSource(), "SELECT count(*) FROM model_classes")).isEqualTo("6");
        }
    }

    @Test
    void dropsDatabaseOnClose() throws SQLException {
        try (TestDatabase observer = TestDatabases.createEmpty("observer")) {
            TestDatabase dropped = TestDatabases.createMigrated("dropped");
            String name = dropped.name();
            query(dropped.dataSource(), "SELECT 1");

            dropped.close();

            assertThat(query(observer.dataSource(), "SELECT count(*) FROM pg_database WHERE datname = '" + name + "'"))
                    .isEqualTo("0");
        }
    }

    @Test
    void describesConnectionForSpringProperties() {
        try (TestDatabase database = TestDatabases.createMigrated("spring")) {
            assertThat(database.url()).endsWith("/" + database.name());
            assertThat(database.url()).startsWith("jdbc:postgresql://");
            assertThat(database.user()).isEqualTo(database.settings().user());
        }
    }
}
