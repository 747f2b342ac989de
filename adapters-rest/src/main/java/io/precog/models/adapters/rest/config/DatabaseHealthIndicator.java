package io.precog.models.adapters.rest.config;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Reports the database up when a pooled connection is valid within two seconds. */
@Component("database")
class DatabaseHealthIndicator implements HealthIndicator {

    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    DatabaseHealthIndicator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS) ? Health.up().build()
                    : Health.down().withDetail("reason", "connection not valid").build();
        } catch (SQLException e) {
            return Health.down().withDetail("reason", "no connection").build();
        }
    }
}
