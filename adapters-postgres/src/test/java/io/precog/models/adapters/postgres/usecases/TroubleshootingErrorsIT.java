package io.precog.models.adapters.postgres.usecases;

import static io.precog.models.adapters.postgres.store.fixtures.Actors.ALICE;
import static io.precog.models.adapters.postgres.store.fixtures.Actors.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.precog.models.adapters.postgres.store.PostgresModelPorts;
import io.precog.models.adapters.postgres.store.fixtures.Configs;
import io.precog.models.adapters.postgres.store.fixtures.SettableClock;
import io.precog.models.adapters.postgres.store.fixtures.UniqueNames;
import io.precog.models.adapters.postgres.testing.PostgresTest;
import io.precog.models.application.CreateModelCommand;
import io.precog.models.application.ModelManager;
import io.precog.models.domain.config.ModelConfig;
import io.precog.models.domain.error.DuplicateVersionException;
import io.precog.models.domain.error.InvalidConfigException;
import io.precog.models.domain.error.InvalidStatusTransitionException;
import io.precog.models.domain.error.UnknownModelClassException;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelClassName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ModelVersion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The four errors users meet most, each with a message that explains the fix. */
@PostgresTest
class TroubleshootingErrorsIT {

    private final ModelManager manager;

    TroubleshootingErrorsIT(DataSource dataSource) {
        this.manager = new ModelManager(PostgresModelPorts.create(dataSource),
                SettableClock.at("2025-09-01T09:00:00Z"));
    }

    @Test
    void duplicateVersionNamesTheExistingWriting() {
        String name = UniqueNames.of("nfl_elo");
        manager.createModel(command(name, "v1.0", "elo", Configs.seed()), ALICE);

        DuplicateVersionException thrown = catchThrowableOfType(DuplicateVersionException.class,
                () -> manager.createModel(command(name, "v1.0.0", "elo", Configs.seed()), ALICE));

        assertThat(thrown).hasMessage("Model '" + name + "' already has version v1.0 (same as v1.0.0): versions"
                + " are immutable, so create the next version instead");
        assertThat(thrown.code()).isEqualTo("duplicate-version");
    }

    @Test
    void unknownModelClassListsTheValidClasses() {
        UnknownModelClassException thrown = catchThrowableOfType(UnknownModelClassException.class,
                () -> manager.createModel(command(UniqueNames.of("nfl_svm"), "v1.0", "svm", Configs.seed()), ALICE));

        assertThat(thrown).hasMessage("Unknown model class 'svm': use one of elo, ensemble, logistic,"
                + " neural_network, random_forest, xgboost, or ask an administrator to add the class");
        assertThat(thrown.details()).isEqualTo(Map.of("model_class", "svm", "valid_classes",
                List.of("elo", "ensemble", "logistic", "neural_network", "random_forest", "xgboost")));
    }

    @Test
    void deprecatedVersionCannotBecomeActiveAgain() {
        long modelId = manager.createModel(command(UniqueNames.of("nfl_elo"), "v1.0", "elo", Configs.seed()), ALICE)
                .model().modelId();
        manager.updateStatus(modelId, ModelStatus.DEPRECATED, ModelStatus.DRAFT, "abandoned", BOB);

        InvalidStatusTransitionException thrown = catchThrowableOfType(InvalidStatusTransitionException.class,
                () -> manager.updateStatus(modelId, ModelStatus.ACTIVE, null, "bring it back", BOB));

        assertThat(thrown).hasMessage("Cannot change status from deprecated to active: deprecated is terminal, so"
                + " create a new version to use this config again");
        assertThat(manager.getModel(modelId).status()).isEqualTo(ModelStatus.DEPRECATED);
        assertThat(manager.statusHistory(modelId)).hasSize(1);
    }

    @Test
    void floatInAConfigNamesTheKeyPath() {
        Map<String, Object> values = Configs.map(
                "k_factor", new BigDecimal("32.0"),
                "models", List.of(Configs.map("model_name", "elo_nfl", "weight", new BigDecimal("0.40")),
                        Configs.map("model_name", "logistic_nfl", "weight", 0.6)));

        InvalidConfigException thrown = catchThrowableOfType(InvalidConfigException.class,
                () -> manager.createModel(command(UniqueNames.of("nfl_ensemble"), "v1.0", "ensemble",
                        ModelConfig.of(values)), ALICE));

        assertThat(thrown).hasMessage("Invalid config at 'models[1].weight': double 0.6 is not allowed because"
                + " binary floating point cannot hold most decimals exactly, so write the number as a decimal,"
                + " new BigDecimal(\"0.6\"), or write it in YAML or JSON input, where numbers are read as exact"
                + " decimals");
        assertThat(thrown.details()).containsEntry("key_path", "models[1].weight");
    }

    private static CreateModelCommand command(String name, String version, String modelClass, ModelConfig config) {
        return new CreateModelCommand(new ModelName(name), ModelVersion.parse(version), new ModelClassName(modelClass),
                new DomainName("nfl"), config, null, null, null);
    }
}
