package io.precog.models.adapters.postgres.store;

import com.zaxxer.hikari.HikariDataSource;
import io.precog.models.adapters.postgres.store.fixtures.WidePool;
import io.precog.models.adapters.postgres.testing.PostgresTest;
import io.precog.models.adapters.postgres.testing.TestDatabase;
import io.precog.models.application.ModelPorts;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@link RecordStatusChangesContract} run against PostgreSQL, over a pool with a connection for
 * every racer so that their updates of one row really run at the same time.
 */
@PostgresTest
class PostgresRecordStatusChangesIT extends RecordStatusChangesContract {

    private final HikariDataSource pool;
    private final ModelPorts ports;

    PostgresRecordStatusChangesIT(TestDatabase database) {
        this.pool = WidePool.open(database, RACERS);
        this.ports = PostgresModelPorts.create(pool);
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Override
    protected ModelPorts ports() {
        return ports;
    }
}
