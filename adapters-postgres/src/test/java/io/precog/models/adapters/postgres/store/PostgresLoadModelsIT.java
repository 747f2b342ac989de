package io.precog.models.adapters.postgres.store;

import io.precog.models.adapters.postgres.testing.PostgresTest;
import io.precog.models.application.ModelPorts;
import javax.sql.DataSource;

/** The {@link LoadModelsContract} run against PostgreSQL. */
@PostgresTest
class PostgresLoadModelsIT extends LoadModelsContract {

    private final ModelPorts ports;

    PostgresLoadModelsIT(DataSource dataSource) {
        this.ports = PostgresModelPorts.create(dataSource);
    }

    @Override
    protected ModelPorts ports() {
        return ports;
    }
}
