package io.precog.models.adapters.postgres.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.precog.models.adapters.postgres.store.fixtures.Actors;
import io.precog.models.adapters.postgres.store.fixtures.Configs;
import io.precog.models.adapters.postgres.store.fixtures.NewModels;
import io.precog.models.adapters.postgres.store.fixtures.UniqueNames;
import io.precog.models.application.ModelPorts;
import io.precog.models.domain.error.DuplicateVersionException;
import io.precog.models.domain.error.ModelNotFoundException;
import io.precog.models.domain.error.UnknownModelClassException;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.MetricsUpdate;
import io.precog.models.domain.model.ModelClassName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.ValidationMetrics;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link io.precog.models.application.port.SaveModels} must do. */
abstract class SaveModelsContract {

    private static final Clock LATER = Clock.fixed(Instant.parse("2025-09-03T04:05:06Z"), ZoneOffset.UTC);

    protected abstract ModelPorts ports();

    @Test
    void insertReturnsVersionWithId() {
        String name = UniqueNames.of("insert");

        ProbabilityModel stored = ports().saveModels().insert(NewModels.elo(name, "v1.2.3", ModelStatus.ACTIVE, "nfl"));

        assertThat(stored.modelId()).isPositive();
        assertThat(stored).isEqualTo(new ProbabilityModel(stored.modelId(), new ModelName(name),
                ModelVersion.parse("v1.2.3"), new ModelClassName("elo"), new DomainName("nfl"), Configs.seed(),
                ModelStatus.ACTIVE, "version v1.2.3 of " + name, null, ValidationMetrics.NONE, NewModels.CREATED_AT,
                Actors.ALICE, NewModels.CREATED_AT));
        assertThat(ports().loadModels().findById(stored.modelId())).contains(stored);
    }

    @Test
    void rejectsTheSameVersionWrittenWithThreeComponents() {
        String name = UniqueNames.of("duplicate");
        ports().saveModels().insert(NewModels.elo(name, "v1.0", ModelStatus.DRAFT, "nfl"));

        DuplicateVersionException thrown = catchThrowableOfType(DuplicateVersionException.class,
                () -> ports().saveModels().insert(NewModels.elo(name, "v1.0.0", ModelStatus.DRAFT, "nfl")));

        assertThat(thrown).hasMessage("Model '" + name + "' already has version v1.0 (same as v1.0.0): versions are"
                + " immutable, so create the next version instead");
        assertThat(thrown.details()).isEqualTo(Map.of("model_name", name, "model_version", "v1.0.0",
                "existing_version", "v1.0"));
        assertThat(ports().loadModels().listVersions(new ModelName(name))).hasSize(1);
    }

    @Test
    void rejectsTheSameVersionWrittenTheSameWay() {
        String name = UniqueNames.of("duplicate");
        ports().saveModels().insert(NewModels.elo(name, "v2.1", ModelStatus.DRAFT, "nfl"));

        DuplicateVersionException thrown = catchThrowableOfType(DuplicateVersionException.class,
                () -> ports().saveModels().insert(NewModels.elo(name, "v2.1", ModelStatus.TESTING, "mlb")));

        assertThat(thrown).hasMessage("Model '" + name + "' already has version v2.1: versions are immutable,"
                + " so create the next version instead");
    }

    /** Expects the six classes the schema registers, so no test of the same storage may add one. */
    @Test
    void rejectsUnregisteredModelClass() {
        String name = UniqueNames.of("unknown_class");

        UnknownModelClassException thrown = catchThrowableOfType(UnknownModelClassException.class,
                () -> ports().saveModels().insert(NewModels.of(name, "v1.0", "svm_unregistered", "nfl",
                        Configs.seed(), ModelStatus.DRAFT)));

        assertThat(thrown).hasMessage("Unknown model class 'svm_unregistered': use one of elo, ensemble, logistic,"
                + " neural_network, random_forest, xgboost, or ask an administrator to add the class");
        assertThat(thrown.details()).containsEntry("valid_classes",
                List.of("elo", "ensemble", "logistic", "neural_network", "random_forest", "xgboost"));
        assertThat(ports().loadModels().listVersions(new ModelName(name))).isEmpty();
    }

    @Test
    void storesMetricsWithTheirScale() {
        ProbabilityModel stored = ports().saveModels()
                .insert(NewModels.elo(UniqueNames.of("metrics"), "v1.0", ModelStatus.TESTING, "nfl"));
        ProbabilityModel validated = stored.withMetrics(new MetricsUpdate(new BigDecimal("0.9200"),
                new BigDecimal("0.6700000001"), 272L), LATER);

        ports().saveModels().updateMetrics(validated);

        ProbabilityModel read = ports().loadModels().findById(stored.modelId()).orElseThrow();
        assertThat(read).isEqualTo(validated);
        assertThat(read.metrics().calibration()).hasToString("0.9200");
        assertThat(read.metrics().accuracy()).hasToString("0.6700000001");
        assertThat(read.metrics().sampleSize()).isEqualTo(272L);
        assertThat(read.metrics().lastValidatedAt()).isEqualTo(Instant.parse("2025-09-03T04:05:06Z"));
        assertThat(read.updatedAt()).isEqualTo(Instant.parse("2025-09-03T04:05:06Z"));
    }

    @Test
    void storesComputedMetricsRoundedToTenPlaces() {
        ProbabilityModel stored = ports().saveModels()
                .insert(NewModels.elo(UniqueNames.of("computed"), "v1.0", ModelStatus.ACTIVE, "nfl"));
        ProbabilityModel validated = stored.withMetrics(MetricsUpdate.computed(
                new BigDecimal("0.8123456789012345678901234567890123"), new BigDecimal("0.5"), 3L), LATER);

        ports().saveModels().updateMetrics(validated);

        ProbabilityModel read = ports().loadModels().findById(stored.modelId()).orElseThrow();
        assertThat(read.metrics().calibration()).hasToString("0.8123456789");
        assertThat(read.metrics().accuracy()).hasToString("0.5000000000");
    }

    @Test
    void storesDescriptionAndNotes() {
        ProbabilityModel stored = ports().saveModels()
                .insert(NewModels.elo(UniqueNames.of("text"), "v1.0", ModelStatus.DRAFT, "nfl"));
        ProbabilityModel described = stored.withText("Elo, home advantage 48", "see the 2019 backtest", LATER);

        ports().saveModels().updateText(described);

        assertThat(ports().loadModels().findById(stored.modelId())).contains(described);
    }

    @Test
    void rejectsUpdatesOfAnUnknownModel() {
        ProbabilityModel stored = ports().saveModels()
                .insert(NewModels.elo(UniqueNames.of("ghost"), "v1.0", ModelStatus.DRAFT, "nfl"));
        ProbabilityModel ghost = new ProbabilityModel(Long.MAX_VALUE, stored.name(), stored.version(),
                stored.modelClass(), stored.domain(), stored.config(), stored.status(), "text", null,
                ValidationMetrics.NONE, stored.createdAt(), stored.createdBy(), stored.updatedAt());

        assertThat(catchThrowableOfType(ModelNotFoundException.class,
                () -> ports().saveModels().updateMetrics(ghost.withMetrics(new MetricsUpdate(null, null, 1L), LATER))))
                .hasMessage("No model with model_id 9223372036854775807: list versions by name to find the id");
        assertThat(catchThrowableOfType(ModelNotFoundException.class,
                () -> ports().saveModels().updateText(ghost)))
                .hasMessage("No model with model_id 9223372036854775807: list versions by name to find the id");
    }
}
