package io.precog.models.adapters.postgres.store;

import io.precog.models.adapters.postgres.testing.PostgresTest;
import io.precog.models.application.ModelPorts;
import javax.sql.DataSource;

/** The {@link ModelClassesContract} run against PostgreSQL. */
@PostgresTest
class PostgresModelClassesIT extends ModelClassesContract {

    private final ModelPorts ports;

    PostgresModelClassesIT(DataSource dataSource) {
        this.ports = PostgresModelPorts.create(dataSource);
    }

    @Override
    protected ModelPorts ports() {
        return ports;
    }
}
