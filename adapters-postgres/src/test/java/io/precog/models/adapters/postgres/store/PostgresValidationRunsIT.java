package io.precog.models.adapters.postgres.store;

import io.precog.models.adapters.postgres.testing.PostgresTest;
import io.precog.models.application.ModelPorts;
import javax.sql.DataSource;

/** The {@link ValidationRunsContract} run against PostgreSQL. */
@PostgresTest
class PostgresValidationRunsIT extends ValidationRunsContract {

    private final ModelPorts ports;

    PostgresValidationRunsIT(DataSource dataSource) {
        this.ports = PostgresModelPorts.create(dataSource);
    }

    @Override
    protected ModelPorts ports() {
        return ports;
    }
}
