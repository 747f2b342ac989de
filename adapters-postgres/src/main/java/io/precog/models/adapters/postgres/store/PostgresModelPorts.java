package io.precog.models.adapters.postgres.store;

import io.precog.models.application.ModelPorts;
import javax.sql.DataSource;

/** Entry point of the store: every outbound port of the model manager, kept in one PostgreSQL database. */
public final class PostgresModelPorts {

    private PostgresModelPorts() {
    }

    /**
     * Returns the seven ports over one MyBatis session factory. Each call of a port runs in a
     * transaction of its own, on a connection borrowed from {@code dataSource} for that call, so it
     * never joins a transaction the caller has open. Instants are stored to the microsecond, as
     * {@code timestamptz} keeps them. The database must have every migration applied.
     */
    public static ModelPorts create(DataSource dataSource) {
        Transactions transactions = new Transactions(StoreSessions.create(dataSource));
        return new ModelPorts(new PostgresLoadModels(transactions), new PostgresSaveModels(transactions),
                new PostgresStatusChanges(transactions), new PostgresModelClasses(transactions),
                new PostgresEvents(transactions), new PostgresPredictions(transactions),
                new PostgresValidationRuns(transactions));
    }
}
