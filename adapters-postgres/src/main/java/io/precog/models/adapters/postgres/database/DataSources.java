package io.precog.models.adapters.postgres.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Connection pools for PostgreSQL. */
public final class DataSources {

    /** Pool name used when the caller gives none; it shows in thread names and Hikari's log lines. */
    public static final String DEFAULT_POOL_NAME = "precog-postgres";

    private static final int MAXIMUM_POOL_SIZE = 5;
    private static final long CONNECTION_TIMEOUT_MILLIS = 10_000;

    private DataSources() {
    }

    /** Creates a small pool named {@value #DEFAULT_POOL_NAME}, which the caller closes. */
    public static HikariDataSource create(DatabaseSettings settings) {
        return create(settings, DEFAULT_POOL_NAME);
    }

    /** Creates a pool of at most five connections to the given database, which the caller closes. */
    public static HikariDataSource create(DatabaseSettings settings, String poolName) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(MAXIMUM_POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        return new HikariDataSource(config);
    }
}
