package io.precog.models.adapters.postgres.store;

import io.precog.models.adapters.postgres.testing.PostgresTest;
import io.precog.models.application.ModelPorts;
import javax.sql.DataSource;

/** The {@link SaveModelsContract} run against PostgreSQL. */
@PostgresTest
class PostgresSaveModelsIT extends SaveModelsContract {

    private final ModelPorts ports;

    PostgresSaveModelsIT(DataSource dataSource) {
        this.ports = PostgresModelPorts.create(dataSource);
    }

    @Override
    protected ModelPorts ports() {
        return ports;
    }
}
