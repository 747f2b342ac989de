package io.precog.models.adapters.postgres.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.postgres.database.DatabaseMigrations;
import io.precog.models.adapters.postgres.database.MigrationReport;
import io.precog.models.adapters.postgres.testing.TestDatabase;
import io.precog.models.adapters.postgres.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class MigrationsIT {

    @Test
    void appliesTheMigrationsToAnEmptyDatabaseInOrder() {
        try (TestDatabase database = TestDatabases.createEmpty("migrations")) {
            MigrationReport report = DatabaseMigrations.migrate(database.dataSource());

            assertThat(report.previousVersion()).isNull();
            assertThat(report.currentVersion()).isEqualTo("4");
            assertThat(report.appliedMigrations()).containsExactly("1 model registry", "2 events and predictions",
                    "3 validation runs", "4 status history pairs and prediction timing");
        }
    }

    @Test
    void appliesNothingToAnUpToDateDatabase() {
        try (TestDatabase database = TestDatabases.createEmpty("migrations_again")) {
            DatabaseMigrations.migrate(database.dataSource());

            MigrationReport second = DatabaseMigrations.migrate(database.dataSource());

            assertThat(second.upToDate()).isTrue();
            assertThat(second.previousVersion()).isEqualTo("4");
            assertThat(second.currentVersion()).isEqualTo("4");
        }
    }

    @Test
    void seedsExactlyTheSixModelClassesAsSystem() throws SQLException {
        try (TestDatabase database = TestDatabases.createEmpty("seed");
                Connection connection = migrated(database)) {
            assertThat(Sql.texts(connection, "SELECT name || ' by ' || created_by FROM model_classes ORDER BY name"))
                    .containsExactly("elo by system", "ensemble by system", "logistic by system",
                            "neural_network by system", "random_forest by system", "xgboost by system");
        }
    }

    @Test
    void seedsTheSixLifecycleTransitions() throws SQLException {
        try (TestDatabase database = TestDatabases.createEmpty("lifecycle");
                Connection connection = migrated(database)) {
            assertThat(Sql.texts(connection,
                    "SELECT from_status || '->' || to_status FROM model_status_transitions ORDER BY 1"))
                    .containsExactly("active->deprecated", "draft->deprecated", "draft->testing",
                            "testing->active", "testing->deprecated", "testing->draft");
        }
    }

    @Test
    void createsTheRegistryTables() throws SQLException {
        try (TestDatabase database = TestDatabases.createEmpty("tables");
                Connection connection = migrated(database)) {
            assertThat(Sql.texts(connection, """
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = current_schema() ORDER BY table_name"""))
                    .containsExactly("events", "flyway_schema_history", "model_classes", "model_status_history",
                            "model_status_transitions", "predictions", "probability_models", "validation_runs");
        }
    }

    private static Connection migrated(TestDatabase database) throws SQLException {
        DatabaseMigrations.migrate(database.dataSource());
        return database.dataSource().getConnection();
    }
}
