package io.precog.models.adapters.postgres.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.precog.models.adapters.postgres.store.fixtures.NewModels;
import io.precog.models.adapters.postgres.testing.TestDatabase;
import io.precog.models.adapters.postgres.testing.TestDatabases;
import io.precog.models.application.ModelPorts;
import io.precog.models.domain.model.ModelStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.util.PSQLException;

/**
 * Failures that are no domain refusal surface as {@link StoreException}: the operation and the server's
 * error in the message, never the statement's text, and the driver's exception as the cause.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreFailuresIT {

    private TestDatabase withoutTables;
    private ModelPorts ports;

    @BeforeAll
    void openADatabaseWithoutTables() {
        withoutTables = TestDatabases.createEmpty("store-failures");
        ports = PostgresModelPorts.create(withoutTables.dataSource());
    }

    @AfterAll
    void dropIt() {
        withoutTables.close();
    }

    @Test
    void readFailureNamesServerError() {
        StoreException thrown = catchThrowableOfType(StoreException.class, () -> ports.loadModels().findById(7));

        assertThat(thrown).hasMessage("Could not read model 7: SQLSTATE 42P01, relation \"probability_models\" does"
                + " not exist");
        assertThat(thrown).hasRootCauseInstanceOf(PSQLException.class);
    }

    @Test
    void writeFailureNamesServerError() {
        StoreException thrown = catchThrowableOfType(StoreException.class, () -> ports.saveModels()
                .insert(NewModels.elo("nfl_elo", "v1.0", ModelStatus.DRAFT, "nfl")));

        assertThat(thrown).hasMessage("Could not store model nfl_elo v1.0: SQLSTATE 42P01, relation"
                + " \"probability_models\" does not exist");
        assertThat(thrown.getMessage()).doesNotContain("INSERT", "###");
    }
}
