package io.precog.models.adapters.postgres.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.postgres.database.DatabaseSettings;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@PostgresTest
class PostgresTestExtensionIT {

    private final DataSource dataSource;

    PostgresTestExtensionIT(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Test
    void givesClassDatabaseNamedAfterIt() throws SQLException {
        assertThat(query(dataSource, "SELECT current_database()")).matches("test_postgrestestextensionit_[0-9a-f]{8}");
    }

    @Test
    void givesMigratedDatabase() throws SQLException {
        assertThat(query(dataSource, "SELECT max(version) FROM flyway_schema_history")).isEqualTo("4");
        assertThat(query(dataSource, "SELECT count(*) FROM model_classes")).isEqualTo("6");
    }

    @Test
    void resolvesEveryParameterTypeToSameDatabase(DataSource parameter, DatabaseSettings settings, TestDatabase database)
            throws SQLException {
        String name = query(dataSource, "SELECT current_database()");

        assertThat(query(parameter, "SELECT current_database()")).isEqualTo(name);
        assertThat(settings.url()).endsWith("/" + name);
        assertThat(database.name()).isEqualTo(name);
    }

    @Nested
    class NestedTests {

        @Test
        void sharesEnclosingClassDatabase(DataSource nestedDataSource) throws SQLException {
            assertThat(query(nestedDataSource, "SELECT current_database()"))
                    .isEqualTo(query(dataSource, "SELECT current_database()"));
        }
    }

    static String query(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
