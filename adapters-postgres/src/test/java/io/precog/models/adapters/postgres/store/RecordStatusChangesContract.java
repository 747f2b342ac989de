package io.precog.models.adapters.postgres.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.precog.models.adapters.postgres.store.fixtures.Actors;
import io.precog.models.adapters.postgres.store.fixtures.NewModels;
import io.precog.models.adapters.postgres.store.fixtures.UniqueNames;
import io.precog.models.application.ModelPorts;
import io.precog.models.domain.error.ConcurrentModificationException;
import io.precog.models.domain.error.InvalidStatusTransitionException;
import io.precog.models.domain.error.ModelNotFoundException;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.StatusChange;
import io.precog.models.domain.model.StatusTransition;
import io.precog.models.domain.model.ValidationMetrics;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link io.precog.models.application.port.RecordStatusChanges} must do. */
abstract class RecordStatusChangesContract {

    /** Racing requests; the storage must serve this many at once for the race to be real. */
    static final int RACERS = 16;

    private static final Clock NINE = clock("2025-09-01T09:30:00Z");
    private static final Clock TEN = clock("2025-09-01T10:00:00Z");

    protected abstract ModelPorts ports();

    @Test
    void appliesTransitionsAndKeepsTheirHistoryInOrder() {
        ProbabilityModel draft = insert(ModelStatus.DRAFT);

        StatusTransition toTesting = draft.transitionTo(ModelStatus.TESTING, Actors.ALICE, "ready to test", NINE);
        ports().statusChanges().apply(toTesting);
        StatusTransition toActive = toTesting.model().transitionTo(ModelStatus.ACTIVE, Actors.BOB, null, TEN);
        ports().statusChanges().apply(toActive);

        assertThat(ports().loadModels().findById(draft.modelId())).contains(toActive.model());
        assertThat(ports().statusChanges().history(draft.modelId())).containsExactly(
                new StatusChange(draft.modelId(), ModelStatus.DRAFT, ModelStatus.TESTING,
                        Instant.parse("2025-09-01T09:30:00Z"), Actors.ALICE, "ready to test"),
                new StatusChange(draft.modelId(), ModelStatus.TESTING, ModelStatus.ACTIVE,
                        Instant.parse("2025-09-01T10:00:00Z"), Actors.BOB, null));
    }

    @Test
    void rejectsStaleTransition() {
        ProbabilityModel testing = insert(ModelStatus.TESTING);
        StatusTransition first = testing.transitionTo(ModelStatus.ACTIVE, Actors.BOB, "promote", NINE);
        StatusTransition stale = testing.transitionTo(ModelStatus.DRAFT, Actors.ALICE, "back to work", TEN);
        ports().statusChanges().apply(first);

        ConcurrentModificationException thrown = catchThrowableOfType(ConcurrentModificationException.class,
                () -> ports().statusChanges().apply(stale));

        assertThat(thrown).hasMessage("Model " + testing.modelId() + " is now active, not testing: another request"
                + " changed it first; read the model again and retry if still wanted");
        assertThat(thrown.details()).isEqualTo(Map.of("model_id", testing.modelId(), "expected_status", "testing",
                "actual_status", "active"));
        assertThat(ports().loadModels().findById(testing.modelId())).contains(first.model());
        assertThat(ports().statusChanges().history(testing.modelId())).containsExactly(first.change());
    }

    @Test
    void letsExactlyOneOfManyRacingTransitionsWin() throws Exception {
        ProbabilityModel testing = insert(ModelStatus.TESTING);
        ModelStatus[] targets = {ModelStatus.ACTIVE, ModelStatus.DEPRECATED, ModelStatus.DRAFT};
        List<StatusTransition> transitions = new ArrayList<>();
        for (int racer = 0; racer < RACERS; racer++) {
            transitions.add(testing.transitionTo(targets[racer % targets.length], Actors.BOB, "racer " + racer, NINE));
        }

        List<Object> outcomes = race(transitions);

        List<StatusTransition> winners = new ArrayList<>();
        List<ConcurrentModificationException> losers = new ArrayList<>();
        for (int racer = 0; racer < RACERS; racer++) {
            if (outcomes.get(racer) instanceof ConcurrentModificationException lost) {
                losers.add(lost);
            } else {
                assertThat(outcomes.get(racer)).as("outcome of racer %d", racer).isEqualTo("applied");
                winners.add(transitions.get(racer));
            }
        }
        assertThat(winners).hasSize(1);
        StatusTransition winner = winners.get(0);
        assertThat(losers).hasSize(RACERS - 1).allSatisfy(lost -> assertThat(lost.details())
                .containsEntry("expected_status", "testing")
                .containsEntry("actual_status", winner.change().to().wireName()));
        assertThat(ports().loadModels().findById(testing.modelId())).contains(winner.model());
        assertThat(ports().statusChanges().history(testing.modelId())).containsExactly(winner.change());
    }

    @Test
    void rejectsHandBuiltForbiddenTransition() {
        ProbabilityModel draft = insert(ModelStatus.DRAFT);
        StatusTransition forbidden = new StatusTransition(draft, new StatusChange(draft.modelId(), ModelStatus.DRAFT,
                ModelStatus.ACTIVE, Instant.parse("2025-09-01T09:30:00Z"), Actors.BOB, "skip testing"));

        InvalidStatusTransitionException thrown = catchThrowableOfType(InvalidStatusTransitionException.class,
                () -> ports().statusChanges().apply(forbidden));

        assertThat(thrown).hasMessage("Cannot change status from draft to active: allowed from draft are testing,"
                + " deprecated");
        assertThat(ports().loadModels().findById(draft.modelId())).contains(draft);
        assertThat(ports().statusChanges().history(draft.modelId())).isEmpty();
    }

    @Test
    void rejectsATransitionOfAnUnknownModel() {
        ProbabilityModel stored = insert(ModelStatus.DRAFT);
        ProbabilityModel ghost = new ProbabilityModel(Long.MAX_VALUE, stored.name(), stored.version(),
                stored.modelClass(), stored.domain(), stored.config(), ModelStatus.DRAFT, null, null,
                ValidationMetrics.NONE, stored.createdAt(), stored.createdBy(), stored.updatedAt());

        assertThat(catchThrowableOfType(ModelNotFoundException.class, () -> ports().statusChanges()
                .apply(ghost.transitionTo(ModelStatus.TESTING, Actors.BOB, null, NINE))))
                .hasMessage("No model with model_id 9223372036854775807: list versions by name to find the id");
        assertThat(ports().statusChanges().history(Long.MAX_VALUE)).isEmpty();
    }

    /** Applies each transition on its own thread, all released at once; returns "applied" or the exception. */
    private List<Object> race(List<StatusTransition> transitions) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(transitions.size());
        try {
            CountDownLatch ready = new CountDownLatch(transitions.size());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> results = new ArrayList<>();
            for (StatusTransition transition : transitions) {
                results.add(threads.submit(() -> {
                    ready.countDown();
                    start.await();
                    try {
                        ports().statusChanges().apply(transition);
                        return "applied";
                    } catch (ConcurrentModificationException e) {
                        return e;
                    }
                }));
            }
            ready.await();
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private ProbabilityModel insert(ModelStatus status) {
        return ports().saveModels().insert(NewModels.elo(UniqueNames.of("status"), "v1.0", status, "nfl"));
    }

    private static Clock clock(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
