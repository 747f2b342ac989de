package io.precog.models.adapters.postgres.usecases;

import static io.precog.models.adapters.postgres.store.fixtures.Actors.ALICE;
import static io.precog.models.adapters.postgres.store.fixtures.Actors.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.postgres.store.PostgresModelPorts;
import io.precog.models.adapters.postgres.store.fixtures.Configs;
import io.precog.models.adapters.postgres.store.fixtures.SettableClock;
import io.precog.models.adapters.postgres.store.fixtures.UniqueNames;
import io.precog.models.adapters.postgres.testing.PostgresTest;
import io.precog.models.application.CreateModelCommand;
import io.precog.models.application.ModelManager;
import io.precog.models.domain.config.ModelConfig;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelClassName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.model.ProbabilityModel;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Two versions of one model active at once, so that strategies can split traffic between them. */
@PostgresTest
class AbTestingIT {

    private final SettableClock clock = SettableClock.at("2025-09-01T09:00:00Z");
    private final ModelManager manager;

    AbTestingIT(DataSource dataSource) {
        this.manager = new ModelManager(PostgresModelPorts.create(dataSource), clock);
    }

    @Test
    void servesBothActiveVersionsOfAModel() {
        String domain = UniqueNames.of("nfl");
        String name = UniqueNames.of("nfl_elo");
        ProbabilityModel champion = create(name, "v1.0", ModelStatus.ACTIVE, domain, Configs.seed());
        ProbabilityModel challenger = create(name, "v1.1", ModelStatus.TESTING, domain,
                Configs.seedWithKFactor("20.0"));
        ProbabilityModel draft = create(name, "v1.2", ModelStatus.DRAFT, domain, Configs.seedWithKFactor("24.0"));
        String otherDomain = UniqueNames.of("nba");
        ProbabilityModel elsewhere = create(UniqueNames.of("nba_elo"), "v1.0", ModelStatus.ACTIVE, otherDomain,
                Configs.seed());
        clock.set("2025-09-02T09:00:00Z");

        ProbabilityModel promoted = manager.updateStatus(challenger.modelId(), ModelStatus.ACTIVE,
                ModelStatus.TESTING, "A/B test against v1.0", BOB);

        assertThat(manager.getActiveModels(new DomainName(domain))).containsExactly(champion, promoted);
        assertThat(manager.getActiveModels(new DomainName(otherDomain))).containsExactly(elsewhere);
        assertThat(manager.getActiveModels())
                .filteredOn(model -> model.name().value().equals(name))
                .containsExactly(champion, promoted)
                .doesNotContain(draft);
        assertThat(manager.getActiveModels()).contains(elsewhere);
        assertThat(manager.getModel(champion.modelId()).status()).isEqualTo(ModelStatus.ACTIVE);
    }

    private ProbabilityModel create(String name, String version, ModelStatus status, String domain,
                                    ModelConfig config) {
        return manager.createModel(new CreateModelCommand(new ModelName(name), ModelVersion.parse(version),
                new ModelClassName("elo"), new DomainName(domain), config, status, null, null), ALICE).model();
    }
}
