package io.precog.models.adapters.postgres.store;

import io.precog.models.adapters.postgres.testing.PostgresTest;
import io.precog.models.application.ModelPorts;
import javax.sql.DataSource;

/** The {@link EventsContract} run against PostgreSQL. */
@PostgresTest
class PostgresEventsIT extends EventsContract {

    private final ModelPorts ports;

    PostgresEventsIT(DataSource dataSource) {
        this.ports = PostgresModelPorts.create(dataSource);
    }

    @Override
    protected ModelPorts ports() {
        return ports;
    }
}
