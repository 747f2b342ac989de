package io.precog.models.adapters.postgres.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.precog.models.adapters.postgres.database.DataSources;
import io.precog.models.adapters.postgres.database.DatabaseSettings;

/**
 * A database created for one test class or test, dropped by {@link #close()}. Whatever a test leaves
 * in it goes with it, so tests need no cleanup of their own.
 */
public final class TestDatabase implements AutoCloseable {

    private final TestPostgresServer server;
    private final String name;
    private final DatabaseSettings settings;
    private HikariDataSource dataSource;

    TestDatabase(TestPostgresServer server, String name) {
        this.server = server;
        this.name = name;
        this.settings = server.settings(name);
    }

    public String name() {
        return name;
    }

    /** URL, user and password of this database, such as a Spring Boot test puts in {@code spring.datasource.*}. */
    public DatabaseSettings settings() {
        return settings;
    }

    public String url() {
        return settings.url();
    }

    public String user() {
        return settings.user();
    }

    public String password() {
        return settings.password();
    }

    /** Returns a connection pool to this database, opened on first use and closed with it. */
    public synchronized HikariDataSource dataSource() {
        if (dataSource == null) {
            dataSource = DataSources.create(settings, name);
        }
        return dataSource;
    }

    /** Closes the pool and drops the database, ending any connection still open to it. */
    @Override
    public synchronized void close() {
        if (dataSource != null) {
            dataSource.close();
            dataSource = null;
        }
        server.dropDatabase(name);
    }

    @Override
    public String toString() {
        return "TestDatabase[" + name + " at " + settings.maskedUrl() + "]";
    }
}
