package io.precog.models.adapters.rest.config;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToIntFunction;
import org.springframework.stereotype.Component;

/**
 * Gauges of the database connection pool under Hikari's usual names ({@code hikaricp.connections.active},
 * {@code .idle}, {@code .pending}, {@code .total}), tagged with the pool name.
 */
@Component
class ConnectionPoolMetrics implements MeterBinder {

    private final HikariDataSource dataSource;

    ConnectionPoolMetrics(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "active", "Connections in use", HikariPoolMXBean::getActiveConnections);
        gauge(registry, "idle", "Connections open and unused", HikariPoolMXBean::getIdleConnections);
        gauge(registry, "pending", "Threads waiting for a connection", HikariPoolMXBean::getThreadsAwaitingConnection);
        gauge(registry, "total", "Connections open", HikariPoolMXBean::getTotalConnections);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToIntFunction<HikariPoolMXBean> value) {
        Gauge.builder("hikaricp.connections." + name, dataSource,
                        source -> source.getHikariPoolMXBean() == null ? 0 : value.applyAsInt(source.getHikariPoolMXBean()))
                .description(description)
                .tag("pool", dataSource.getPoolName())
                .register(registry);
    }
}
