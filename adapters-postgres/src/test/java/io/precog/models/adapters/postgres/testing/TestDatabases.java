package io.precog.models.adapters.postgres.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.precog.models.adapters.postgres.database.DataSources;
import io.precog.models.adapters.postgres.database.DatabaseMigrations;
import java.util.Locale;
import java.util.UUID;

/**
 * Fresh databases on the test JVM's PostgreSQL server. For a Spring Boot test:
 *
 * <pre>{@code
 * static final TestDatabase DATABASE = TestDatabases.createMigrated("rest-api");
 *
 * @DynamicPropertySource
 * static void database(DynamicPropertyRegistry registry) {
 *     registry.add("spring.datasource.url", DATABASE::url);
 *     registry.add("spring.datasource.username", DATABASE::user);
 *     registry.add("spring.datasource.password", DATABASE::password);
 * }
 *
 * @AfterAll
 * static void dropDatabase() {
 *     DATABASE.close();
 * }
 * }</pre>
 *
 * Databases still there when the JVM exits are dropped then.
 */
public final class TestDatabases {

    private static final int LABEL_LENGTH = 40;

    private TestDatabases() {
    }

    /**
     * Creates a database with every migration applied, copied from a template migrated once per JVM.
     *
     * @param label readable part of the database's name, such as the test class name
     */
    public static TestDatabase createMigrated(String label) {
        return create(label, MigratedTemplate.NAME);
    }

    /** Creates a database without any table, for tests of the migrations themselves. */
    public static TestDatabase createEmpty(String label) {
        return create(label, null);
    }

    private static TestDatabase create(String label, String template) {
        TestPostgresServer server = TestPostgresServer.get();
        String name = uniqueName(label);
        server.createDatabase(name, template);
        return new TestDatabase(server, name);
    }

    /** {@code test_} + the label in lowercase letters, digits and {@code _} + a random suffix. */
    static String uniqueName(String label) {
        String readable = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        if (readable.length() > LABEL_LENGTH) {
            readable = readable.substring(0, LABEL_LENGTH);
        }
        return "test_" + readable + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A database migrated once, then only copied: copying is faster than migrating every test database. */
    private static final class MigratedTemplate {

        static final String NAME = build();

        private static String build() {
            TestPostgresServer server = TestPostgresServer.get();
            String name = uniqueName("template");
            server.createDatabase(name, null);
            try (HikariDataSource dataSource = DataSources.create(server.settings(name), name)) {
                DatabaseMigrations.migrate(dataSource);
            }
            return name;
        }
    }
}
