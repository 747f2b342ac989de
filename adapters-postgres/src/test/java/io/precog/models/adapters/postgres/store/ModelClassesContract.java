package io.precog.models.adapters.postgres.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.postgres.store.fixtures.Actors;
import io.precog.models.application.ModelPorts;
import io.precog.models.domain.model.ModelClass;
import io.precog.models.domain.model.ModelClassName;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link io.precog.models.application.port.ModelClasses} must do. */
abstract class ModelClassesContract {

    /** Prefix of the classes that tests add, which keeps them apart from the registered ones. */
    private static final String ADDED = "added_";

    protected abstract ModelPorts ports();

    @Test
    void listsTheRegisteredClassesByName() {
        assertThat(ports().modelClasses().list())
                .filteredOn(modelClass -> !modelClass.name().value().startsWith(ADDED))
                .containsExactly(
                        modelClass("elo", "Elo rating model"),
                        modelClass("ensemble", "Combination of other models"),
                        modelClass("logistic", "Logistic regression"),
                        modelClass("neural_network", "Neural network"),
                        modelClass("random_forest", "Random forest"),
                        modelClass("xgboost", "Gradient-boosted trees (XGBoost)"));
    }

    @Test
    void knowsWhichClassesExist() {
        assertThat(ports().modelClasses().exists(new ModelClassName("elo"))).isTrue();
        assertThat(ports().modelClasses().exists(new ModelClassName("xgboost"))).isTrue();
        assertThat(ports().modelClasses().exists(new ModelClassName("svm"))).isFalse();
    }

    @Test
    void addsClassOnlyOnce() {
        String name = ADDED + UUID.randomUUID().toString().substring(0, 8);

        boolean first = ports().modelClasses().add(modelClass(name, "Bradley-Terry"), Actors.ALICE);
        boolean second = ports().modelClasses().add(modelClass(name, "another description"), Actors.BOB);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(ports().modelClasses().exists(new ModelClassName(name))).isTrue();
        List<ModelClass> listed = ports().modelClasses().list();
        assertThat(listed).filteredOn(modelClass -> modelClass.name().value().equals(name))
                .containsExactly(modelClass(name, "Bradley-Terry"));
        assertThat(listed).extracting(modelClass -> modelClass.name().value())
                .isSortedAccordingTo(String::compareTo);
    }

    private static ModelClass modelClass(String name, String description) {
        return new ModelClass(new ModelClassName(name), description);
    }
}
