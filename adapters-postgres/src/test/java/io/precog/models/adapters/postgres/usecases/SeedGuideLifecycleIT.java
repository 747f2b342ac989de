package io.precog.models.adapters.postgres.usecases;

import static io.precog.models.adapters.postgres.store.fixtures.Actors.ALICE;
import static io.precog.models.adapters.postgres.store.fixtures.Actors.BOB;
import static io.precog.models.adapters.postgres.store.fixtures.Actors.VALIDATION_JOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.postgres.store.PostgresModelPorts;
import io.precog.models.adapters.postgres.store.fixtures.Configs;
import io.precog.models.adapters.postgres.store.fixtures.Queries;
import io.precog.models.adapters.postgres.store.fixtures.SettableClock;
import io.precog.models.adapters.postgres.testing.PostgresTest;
import io.precog.models.application.CreateModelCommand;
import io.precog.models.application.CreatedModel;
import io.precog.models.application.ModelManager;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.MetricsUpdate;
import io.precog.models.domain.model.ModelClassName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.StatusChange;
import io.precog.models.domain.model.ValidationMetrics;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle of the seed guide: nfl_elo v1.0 goes from draft through testing to active, v1.1 is
 * tuned, validated and activated, and v1.0 is retired.
 */
@PostgresTest
class SeedGuideLifecycleIT {

    private static final ModelName NFL_ELO = new ModelName("nfl_elo");

    private final SettableClock clock = SettableClock.at("2025-09-01T09:00:00Z");
    private final ModelManager manager;
    private final Queries queries;

    SeedGuideLifecycleIT(DataSource dataSource) {
        this.manager = new ModelManager(PostgresModelPorts.create(dataSource), clock);
        this.queries = new Queries(dataSource);
    }

    @Test
    void promotesATunedVersionAndRetiresTheFirst() {
        CreatedModel first = manager.createModel(command("v1.0", ModelStatus.DRAFT, Configs.seed(),
                "Elo with margin of victory"), ALICE);
        long v10 = first.model().modelId();
        assertThat(first.sameConfigVersions()).isEmpty();
        assertThat(v10).isEqualTo(storedId("v1.0"));

        clock.set("2025-09-01T09:05:00Z");
        manager.updateStatus(v10, ModelStatus.TESTING, ModelStatus.DRAFT, "backtest on the 2019 season", BOB);
        clock.set("2025-09-02T03:00:00Z");
        manager.updateMetrics(v10, metrics("0.89", "0.65", 272), VALIDATION_JOB);
        clock.set("2025-09-02T10:30:00Z");
        manager.updateStatus(v10, ModelStatus.ACTIVE, ModelStatus.TESTING, "beats the baseline", BOB);

        clock.set("2025-10-01T09:00:00Z");
        CreatedModel second = manager.createModel(command("v1.1", ModelStatus.TESTING,
                Configs.seedWithKFactor("20.0"), "Elo with a smaller k factor"), ALICE);
        long v11 = second.model().modelId();
        assertThat(v11).isEqualTo(storedId("v1.1"));
        clock.set("2025-10-02T03:00:00Z");
        manager.updateMetrics(v11, metrics("0.92", "0.67", 272), VALIDATION_JOB);
        clock.set("2025-10-02T09:00:00Z");
        manager.updateStatus(v11, ModelStatus.ACTIVE, ModelStatus.TESTING, "better calibrated", BOB);
        clock.set("2025-10-02T09:30:00Z");
        manager.updateStatus(v10, ModelStatus.DEPRECATED, ModelStatus.ACTIVE, "superseded by v1.1", BOB);

        List<ProbabilityModel> versions = manager.listModelVersions(NFL_ELO);

        assertThat(versions).extracting(ProbabilityModel::modelId).containsExactly(v10, v11);
        ProbabilityModel retired = versions.get(0);
        assertThat(retired.name()).isEqualTo(NFL_ELO);
        assertThat(retired.version()).hasToString("v1.0");
        assertThat(retired.modelClass()).isEqualTo(new ModelClassName("elo"));
        assertThat(retired.domain()).isEqualTo(new DomainName("nfl"));
        assertThat(retired.config()).isEqualTo(Configs.seed());
        assertThat(retired.status()).isEqualTo(ModelStatus.DEPRECATED);
        assertThat(retired.description()).isEqualTo("Elo with margin of victory");
        assertThat(retired.notes()).isNull();
        assertThat(retired.metrics()).isEqualTo(new ValidationMetrics(new BigDecimal("0.89"),
                new BigDecimal("0.65"), 272L, Instant.parse("2025-09-02T03:00:00Z")));
        assertThat(retired.metrics().calibration()).hasToString("0.89");
        assertThat(retired.metrics().accuracy()).hasToString("0.65");
        assertThat(retired.createdAt()).isEqualTo(Instant.parse("2025-09-01T09:00:00Z"));
        assertThat(retired.createdBy()).isEqualTo(ALICE);
        assertThat(retired.updatedAt()).isEqualTo(Instant.parse("2025-10-02T09:30:00Z"));

        ProbabilityModel promoted = versions.get(1);
        assertThat(promoted.version()).hasToString("v1.1");
        assertThat(promoted.config()).isEqualTo(Configs.seedWithKFactor("20.0"));
        assertThat(promoted.config().values().get("k_factor")).hasToString("20.0");
        assertThat(promoted.status()).isEqualTo(ModelStatus.ACTIVE);
        assertThat(promoted.metrics()).isEqualTo(new ValidationMetrics(new BigDecimal("0.92"),
                new BigDecimal("0.67"), 272L, Instant.parse("2025-10-02T03:00:00Z")));
        assertThat(promoted.metrics().calibration()).hasToString("0.92");
        assertThat(promoted.createdAt()).isEqualTo(Instant.parse("2025-10-01T09:00:00Z"));
        assertThat(promoted.createdBy()).isEqualTo(ALICE);
        assertThat(promoted.updatedAt()).isEqualTo(Instant.parse("2025-10-02T09:00:00Z"));

        assertThat(manager.statusHistory(v10)).containsExactly(
                new StatusChange(v10, ModelStatus.DRAFT, ModelStatus.TESTING, Instant.parse("2025-09-01T09:05:00Z"),
                        BOB, "backtest on the 2019 season"),
                new StatusChange(v10, ModelStatus.TESTING, ModelStatus.ACTIVE, Instant.parse("2025-09-02T10:30:00Z"),
                        BOB, "beats the baseline"),
                new StatusChange(v10, ModelStatus.ACTIVE, ModelStatus.DEPRECATED,
                        Instant.parse("2025-10-02T09:30:00Z"), BOB, "superseded by v1.1"));
        assertThat(manager.statusHistory(v11)).containsExactly(
                new StatusChange(v11, ModelStatus.TESTING, ModelStatus.ACTIVE, Instant.parse("2025-10-02T09:00:00Z"),
                        BOB, "better calibrated"));
    }

    @Test
    void storesMetricsAndFingerprint() {
        long modelId = manager.createModel(new CreateModelCommand(new ModelName("nfl_elo_stored"),
                ModelVersion.parse("v1.0"), new ModelClassName("elo"), new DomainName("nfl"), Configs.seed(),
                ModelStatus.TESTING, null, null), ALICE).model().modelId();
        manager.updateMetrics(modelId, metrics("0.890", "0.65", 272), VALIDATION_JOB);

        assertThat(queries.texts("SELECT validation_calibration::text || ' ' || validation_accuracy::text || ' '"
                + " || validation_sample_size::text || ' ' || status FROM probability_models WHERE model_id = ?",
                modelId)).containsExactly("0.890 0.65 272 testing");
        assertThat(queries.text("SELECT config_fingerprint FROM probability_models WHERE model_id = ?", modelId))
                .isEqualTo(Configs.sha256(Configs.SEED_CANONICAL_JSON));
        assertThat(queries.text("SELECT (config -> 'k_factor')::text || ' ' || (config #> '{models,0,weight}')::text"
                + " FROM probability_models WHERE model_id = ?", modelId)).isEqualTo("32.0 0.40");
        assertThat(manager.getModel(modelId).metrics().calibration()).hasToString("0.890");
    }

    private long storedId(String version) {
        return queries.count("SELECT model_id FROM probability_models WHERE model_name = 'nfl_elo'"
                + " AND model_version = ?", version);
    }

    private static CreateModelCommand command(String version, ModelStatus status,
                                              io.precog.models.domain.config.ModelConfig config, String description) {
        return new CreateModelCommand(NFL_ELO, ModelVersion.parse(version), new ModelClassName("elo"),
                new DomainName("nfl"), config, status, description, null);
    }

    private static MetricsUpdate metrics(String calibration, String accuracy, long sampleSize) {
        return new MetricsUpdate(new BigDecimal(calibration), new BigDecimal(accuracy), sampleSize);
    }
}
