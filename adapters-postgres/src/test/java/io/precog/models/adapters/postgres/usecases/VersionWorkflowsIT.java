package io.precog.models.adapters.postgres.usecases;

import static io.precog.models.adapters.postgres.store.fixtures.Actors.ALICE;
import static io.precog.models.adapters.postgres.store.fixtures.Actors.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.precog.models.adapters.postgres.store.PostgresModelPorts;
import io.precog.models.adapters.postgres.store.fixtures.Configs;
import io.precog.models.adapters.postgres.store.fixtures.SettableClock;
import io.precog.models.adapters.postgres.store.fixtures.UniqueNames;
import io.precog.models.adapters.postgres.testing.PostgresTest;
import io.precog.models.application.ConfigDifference;
import io.precog.models.application.CreateModelCommand;
import io.precog.models.application.CreatedModel;
import io.precog.models.application.ModelManager;
import io.precog.models.application.NewPrediction;
import io.precog.models.application.VersionComparison;
import io.precog.models.domain.calibration.PairedComparison;
import io.precog.models.domain.config.ModelConfig;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelClassName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.StatusChange;
import io.precog.models.domain.model.VersionBump;
import io.precog.models.domain.prediction.Event;
import io.precog.models.domain.prediction.EventId;
import io.precog.models.domain.prediction.Probability;
import io.precog.models.domain.prediction.Resolution;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Working with several versions of a model: cloning, retiring all but one, naming the next, comparing two. */
@PostgresTest
class VersionWorkflowsIT {

    private final SettableClock clock = SettableClock.at("2025-09-01T09:00:00Z");
    private final ModelManager manager;

    VersionWorkflowsIT(DataSource dataSource) {
        this.manager = new ModelManager(PostgresModelPorts.create(dataSource), clock);
    }

    @Test
    void clonesAVersionWithConfigChanges() {
        String name = UniqueNames.of("nfl_elo");
        ProbabilityModel source = create(name, "v1.0", ModelStatus.ACTIVE, Configs.seed(), "Elo with margin");
        clock.set("2025-09-05T09:00:00Z");

        CreatedModel clone = manager.cloneWithChanges(source.modelId(), ModelVersion.parse("v1.1"),
                Configs.map("k_factor", new BigDecimal("24.0"), "home_advantage", 48), null, null, "k tuned", BOB);

        ProbabilityModel stored = manager.getModel(clone.model().modelId());
        assertThat(stored).isEqualTo(clone.model());
        assertThat(stored.config()).isEqualTo(ModelConfig.of(Configs.map(
                "k_factor", new BigDecimal("24.0"),
                "mean_reversion", new BigDecimal("0.33"),
                "max_iterations", 1000,
                "models", List.of(Configs.map("model_name", "elo_nfl", "weight", new BigDecimal("0.40"))),
                "home_advantage", 48)));
        assertThat(stored.config().values().get("k_factor")).hasToString("24.0");
        assertThat(stored.version()).hasToString("v1.1");
        assertThat(stored.status()).isEqualTo(ModelStatus.DRAFT);
        assertThat(stored.description()).isEqualTo("Elo with margin");
        assertThat(stored.notes()).isEqualTo("k tuned");
        assertThat(stored.createdBy()).isEqualTo(BOB);
        assertThat(stored.createdAt()).isEqualTo(Instant.parse("2025-09-05T09:00:00Z"));
        assertThat(clone.sameConfigVersions()).isEmpty();
    }

    @Test
    void reportsEarlierVersionsWithTheSameConfigContent() {
        String name = UniqueNames.of("nfl_elo");
        ProbabilityModel source = create(name, "v1.0", ModelStatus.ACTIVE, Configs.seed(), null);

        CreatedModel clone = manager.cloneWithChanges(source.modelId(), ModelVersion.parse("v1.0.1"),
                Map.of("k_factor", new BigDecimal("32.00")), ModelStatus.TESTING, null, "same numbers", BOB);

        assertThat(clone.sameConfigVersions()).containsExactly(ModelVersion.parse("v1.0"));
        assertThat(manager.getModel(clone.model().modelId()).config().values().get("k_factor")).hasToString("32.00");
    }

    @Test
    void deprecatesEveryVersionButTheOneKept() {
        String name = UniqueNames.of("nfl_elo");
        ProbabilityModel retired = create(name, "v0.9", ModelStatus.TESTING, Configs.seed(), null);
        manager.updateStatus(retired.modelId(), ModelStatus.DEPRECATED, ModelStatus.TESTING, "old", BOB);
        ProbabilityModel active = create(name, "v1.0", ModelStatus.ACTIVE, Configs.seed(), null);
        ProbabilityModel testing = create(name, "v1.1", ModelStatus.TESTING, Configs.seedWithKFactor("20.0"), null);
        ProbabilityModel keptVersion = create(name, "v2.0", ModelStatus.ACTIVE, Configs.seedWithKFactor("16.0"), null);
        ProbabilityModel draft = create(name, "v1.2", ModelStatus.DRAFT, Configs.seedWithKFactor("18.0"), null);
        clock.set("2025-09-10T09:00:00Z");

        List<ProbabilityModel> deprecated = manager.deprecateAllExcept(new ModelName(name), ModelVersion.parse("v2.0"),
                "v2.0 replaces them", BOB);

        assertThat(deprecated).extracting(ProbabilityModel::modelId)
                .containsExactly(active.modelId(), testing.modelId(), draft.modelId());
        assertThat(manager.listModelVersions(new ModelName(name))).extracting(ProbabilityModel::status)
                .containsExactly(ModelStatus.DEPRECATED, ModelStatus.DEPRECATED, ModelStatus.DEPRECATED,
                        ModelStatus.ACTIVE, ModelStatus.DEPRECATED);
        Instant at = Instant.parse("2025-09-10T09:00:00Z");
        assertThat(manager.statusHistory(active.modelId())).containsExactly(new StatusChange(active.modelId(),
                ModelStatus.ACTIVE, ModelStatus.DEPRECATED, at, BOB, "v2.0 replaces them"));
        assertThat(manager.statusHistory(testing.modelId())).containsExactly(new StatusChange(testing.modelId(),
                ModelStatus.TESTING, ModelStatus.DEPRECATED, at, BOB, "v2.0 replaces them"));
        assertThat(manager.statusHistory(draft.modelId())).containsExactly(new StatusChange(draft.modelId(),
                ModelStatus.DRAFT, ModelStatus.DEPRECATED, at, BOB, "v2.0 replaces them"));
        assertThat(manager.statusHistory(retired.modelId())).hasSize(1);
        assertThat(manager.statusHistory(keptVersion.modelId())).isEmpty();
        assertThat(manager.getModel(keptVersion.modelId())).isEqualTo(keptVersion);
    }

    @Test
    void suggestsVersionAfterHighest() {
        String name = UniqueNames.of("nfl_elo");
        create(name, "v1.0", ModelStatus.DRAFT, Configs.seed(), null);
        create(name, "v1.10", ModelStatus.DRAFT, Configs.seedWithKFactor("20.0"), null);
        create(name, "v1.9", ModelStatus.DRAFT, Configs.seedWithKFactor("24.0"), null);

        assertThat(manager.suggestNextVersion(new ModelName(name), VersionBump.MAJOR)).hasToString("v2.0");
        assertThat(manager.suggestNextVersion(new ModelName(name), VersionBump.MINOR)).hasToString("v1.11");
        assertThat(manager.suggestNextVersion(new ModelName(name), VersionBump.PATCH)).hasToString("v1.10.1");
    }

    /**
     * On the three scored events both versions predicted, A's squared errors are 0.01, 0.09, 0.16 and
     * B's 0.09, 0.16, 0.25: mean Briers 0.26/3 and 0.5/3, differences −0.08, −0.07, −0.09 with mean
     * −0.08 and standard deviation 0.01, so a standard error of 0.01/√3 and t = −8√3 with 2 degrees of
     * freedom, whose two-sided p-value is 1 − √(192/194).
     */
    @Test
    void comparesConfigsAndForecastsOnCommonResolvedEvents() {
        String name = UniqueNames.of("nfl_elo");
        ProbabilityModel versionA = create(name, "v1.0", ModelStatus.ACTIVE, Configs.seed(), null);
        ProbabilityModel versionB = create(name, "v1.1", ModelStatus.ACTIVE, Configs.seed().withChanges(Configs.map(
                "k_factor", new BigDecimal("20.0"), "mean_reversion", new BigDecimal("0.330"),
                "home_advantage", 48)), null);
        String game = UniqueNames.of("game");
        record(versionA, versionB, game + "-1", Resolution.YES, "0.9", "0.7");
        record(versionA, versionB, game + "-2", Resolution.NO, "0.3", "0.4");
        record(versionA, versionB, game + "-3", Resolution.VOID, "0.5", "0.1");
        record(versionA, versionB, game + "-4", Resolution.PENDING, "0.8", "0.2");
        record(versionA, versionB, game + "-5", Resolution.YES, "0.6", "0.5");

        VersionComparison comparison = manager.compareVersions(versionA.modelId(), versionB.modelId());

        assertThat(comparison.versionA()).isEqualTo(versionA);
        assertThat(comparison.versionB()).isEqualTo(versionB);
        assertThat(comparison.configDifferences()).containsExactly(
                new ConfigDifference("home_advantage", null, 48),
                new ConfigDifference("k_factor", new BigDecimal("32.0"), new BigDecimal("20.0")));
        PairedComparison forecasts = comparison.forecasts().orElseThrow();
        assertThat(forecasts.commonEvents()).isEqualTo(3);
        assertThat(forecasts.meanBrierA()).isEqualTo(new BigDecimal("0.08666666666666666666666666666666667"));
        assertThat(forecasts.meanBrierB()).isEqualTo(new BigDecimal("0.1666666666666666666666666666666667"));
        assertThat(forecasts.meanDifference()).isEqualTo(new BigDecimal("-0.08"));
        assertThat(forecasts.standardError()).contains(new BigDecimal("0.005773502691896257645091487805019575"));
        assertThat(forecasts.pValue().orElseThrow().doubleValue())
                .isCloseTo(1 - Math.sqrt(192.0 / 194.0), within(1e-15));
    }

    private void record(ProbabilityModel versionA, ProbabilityModel versionB, String eventId, Resolution resolution,
                        String probabilityA, String probabilityB) {
        EventId event = new EventId(eventId);
        manager.recordEvent(Event.pending(event, new DomainName("nfl"), null, null));
        manager.recordPredictions(List.of(
                new NewPrediction(versionA.modelId(), event, Probability.parse(probabilityA), null),
                new NewPrediction(versionB.modelId(), event, Probability.parse(probabilityB), null)), ALICE);
        if (resolution != Resolution.PENDING) {
            manager.resolveEvent(event, resolution, BOB);
        }
    }

    private ProbabilityModel create(String name, String version, ModelStatus status, ModelConfig config,
                                    String description) {
        return manager.createModel(new CreateModelCommand(new ModelName(name), ModelVersion.parse(version),
                new ModelClassName("elo"), new DomainName("nfl"), config, status, description, null), ALICE).model();
    }
}
