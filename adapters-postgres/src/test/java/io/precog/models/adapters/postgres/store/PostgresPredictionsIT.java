package io.precog.models.adapters.postgres.store;

import io.precog.models.adapters.postgres.testing.PostgresTest;
import io.precog.models.application.ModelPorts;
import javax.sql.DataSource;

/** The {@link PredictionsContract} run against PostgreSQL. */
@PostgresTest
class PostgresPredictionsIT extends PredictionsContract {

    private final ModelPorts ports;

    PostgresPredictionsIT(DataSource dataSource) {
        this.ports = PostgresModelPorts.create(dataSource);
    }

    @Override
    protected ModelPorts ports() {
        return ports;
    }
}
