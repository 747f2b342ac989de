package io.precog.models.adapters.postgres.store;

import com.zaxxer.hikari.HikariDataSource;
import io.precog.models.adapters.postgres.store.fixtures.WidePool;
import io.precog.models.adapters.postgres.testing.PostgresTest;
import io.precog.models.adapters.postgres.testing.TestDatabase;
import io.precog.models.application.ModelPorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The {@link RecordStatusChangesContract} run against PostgreSQL, over a pool with a connection for
 * every racer so that their updates of one row really run at the same time. The pool lives as long
 * as the class's one instance.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRecordStatusChangesIT extends RecordStatusChangesContract {

    private final HikariDataSource pool;
    private final ModelPorts ports;

    PostgresRecordStatusChangesIT(TestDatabase database) {
        this.pool = WidePool.open(database, RACERS);
        this.ports = PostgresModelPorts.create(pool);
    }

    @AfterAll
    void closePool() {
        pool.close();
    }

    @Override
    protected ModelPorts ports() {
        return ports;
    }
}
