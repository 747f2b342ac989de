package io.precog.models.domain.model;

import static io.precog.models.domain.model.ModelFixtures.ANALYST;
import static io.precog.models.domain.model.ModelFixtures.LATER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.precog.models.domain.error.InvalidStatusTransitionException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LifecyclePropertiesTest {

    /** The lifecycle table, restated here so that the property checks the code against an independent copy. */
    private static final Map<ModelStatus, Set<ModelStatus>> TABLE = Map.of(
            ModelStatus.DRAFT, Set.of(ModelStatus.TESTING, ModelStatus.DEPRECATED),
            ModelStatus.TESTING, Set.of(ModelStatus.DRAFT, ModelStatus.ACTIVE, ModelStatus.DEPRECATED),
            ModelStatus.ACTIVE, Set.of(ModelStatus.DEPRECATED),
            ModelStatus.DEPRECATED, Set.of());

    @Property
    void randomWalkNeverLeavesTheTable(@ForAll("creationStatuses") ModelStatus start,
                                       @ForAll("walks") List<ModelStatus> requests) {
        ProbabilityModel model = ModelFixtures.model(start);
        for (ModelStatus target : requests) {
            ModelStatus before = model.status();
            if (TABLE.get(before).contains(target)) {
                model = model.transitionTo(target, ANALYST, null, LATER).model();
                assertThat(model.status()).isEqualTo(target);
            } else {
                ProbabilityModel unchanged = model;
                assertThatThrownBy(() -> unchanged.transitionTo(target, ANALYST, null, LATER))
                        .isInstanceOf(InvalidStatusTransitionException.class);
            }
        }
    }

    @Property
    void deprecatedAbsorbsEveryRequest(@ForAll("walks") List<ModelStatus> requests) {
        ProbabilityModel deprecated = ModelFixtures.model(ModelStatus.DEPRECATED);
        for (ModelStatus target : requests) {
            assertThatThrownBy(() -> deprecated.transitionTo(target, ANALYST, null, LATER))
                    .isInstanceOf(InvalidStatusTransitionException.class);
        }
        assertThat(deprecated.status()).isEqualTo(ModelStatus.DEPRECATED);
    }

    @Provide
    Arbitrary<ModelStatus> creationStatuses() {
        return Arbitraries.of(ModelStatus.DRAFT, ModelStatus.TESTING, ModelStatus.ACTIVE);
    }

    @Provide
    Arbitrary<List<ModelStatus>> walks() {
        return Arbitraries.of(ModelStatus.class).list().ofMinSize(1).ofMaxSize(30);
    }
}
