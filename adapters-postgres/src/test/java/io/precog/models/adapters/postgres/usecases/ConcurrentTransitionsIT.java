package io.precog.models.adapters.postgres.usecases;

import static io.precog.models.adapters.postgres.store.fixtures.Actors.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.zaxxer.hikari.HikariDataSource;
import io.precog.models.adapters.postgres.store.PostgresModelPorts;
import io.precog.models.adapters.postgres.store.fixtures.Configs;
import io.precog.models.adapters.postgres.store.fixtures.SettableClock;
import io.precog.models.adapters.postgres.store.fixtures.UniqueNames;
import io.precog.models.adapters.postgres.store.fixtures.WidePool;
import io.precog.models.adapters.postgres.testing.PostgresTest;
import io.precog.models.adapters.postgres.testing.TestDatabase;
import io.precog.models.application.CreateModelCommand;
import io.precog.models.application.ModelManager;
import io.precog.models.domain.error.ConcurrentModificationException;
import io.precog.models.domain.error.InvalidStatusTransitionException;
import io.precog.models.domain.model.Actor;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelClassName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.StatusChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;

/**
 * Many requests racing to move one testing model to active, deprecated or draft, released together:
 * the history ends up with exactly the transitions that were accepted, and every other request
 * learns that it lost.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentTransitionsIT {

    private static final int RACERS = 18;
    private static final ModelStatus[] TARGETS = {ModelStatus.ACTIVE, ModelStatus.DEPRECATED, ModelStatus.DRAFT};
    private static final Instant NOW = Instant.parse("2025-09-01T09:00:00Z");

    private final HikariDataSource pool;
    private final ModelManager manager;

    ConcurrentTransitionsIT(TestDatabase database) {
        this.pool = WidePool.open(database, RACERS);
        this.manager = new ModelManager(PostgresModelPorts.create(pool), new SettableClock(NOW));
    }

    @AfterAll
    void closePool() {
        pool.close();
    }

    /** Races requests that each name the status they expect to replace, so that only the first can succeed. */
    @RepeatedTest(5)
    void onlyOneRequestExpectingTestingWins() throws Exception {
        long modelId = createTestingModel();

        List<Object> outcomes = race(modelId, ModelStatus.TESTING);

        List<ProbabilityModel> winners = outcomes.stream()
                .filter(ProbabilityModel.class::isInstance).map(ProbabilityModel.class::cast).toList();
        assertThat(winners).hasSize(1);
        ProbabilityModel winner = winners.get(0);
        assertThat(outcomes).filteredOn(outcome -> outcome != winner)
                .hasSize(RACERS - 1)
                .allSatisfy(outcome -> assertThat(outcome).isInstanceOfSatisfying(ConcurrentModificationException.class,
                        lost -> assertThat(lost).hasMessage("Model " + modelId + " is now " + winner.status()
                                + ", not testing: another request changed it first; read the model again and retry"
                                + " if still wanted")));
        int winnerIndex = outcomes.indexOf(winner);
        assertThat(manager.getModel(modelId)).isEqualTo(winner);
        assertThat(manager.statusHistory(modelId)).containsExactly(new StatusChange(modelId, ModelStatus.TESTING,
                TARGETS[winnerIndex % TARGETS.length], NOW, racer(winnerIndex), "racer " + winnerIndex));
    }

    /**
     * Requests that accept any current status: one of them moves the model out of testing, and a
     * request that reads the model after that may still make a move the lifecycle allows from there.
     */
    @RepeatedTest(5)
    void historyHoldsExactlyTheAcceptedTransitions() throws Exception {
        long modelId = createTestingModel();

        List<Object> outcomes = race(modelId, null);

        List<Tuple> accepted = new ArrayList<>();
        for (int racer = 0; racer < RACERS; racer++) {
            Object outcome = outcomes.get(racer);
            if (outcome instanceof ProbabilityModel) {
                accepted.add(tuple(TARGETS[racer % TARGETS.length], racer(racer), "racer " + racer));
            } else {
                assertThat(outcome).as("outcome of racer %d", racer)
                        .isInstanceOfAny(ConcurrentModificationException.class, InvalidStatusTransitionException.class);
            }
        }
        List<StatusChange> history = manager.statusHistory(modelId);
        assertThat(history).hasSameSizeAs(accepted).hasSizeBetween(1, 2);
        assertThat(history).extracting(StatusChange::to, StatusChange::changedBy, StatusChange::notes)
                .containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(history).extracting(StatusChange::changedAt).containsOnly(NOW);
        assertThat(history.get(0).from()).isEqualTo(ModelStatus.TESTING);
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).from()).isEqualTo(history.get(i - 1).to());
            assertThat(history.get(i - 1).to().canMoveTo(history.get(i).to())).isTrue();
        }
        assertThat(manager.getModel(modelId).status()).isEqualTo(history.get(history.size() - 1).to());
    }

    /** Runs every racer's request on its own thread, all released at once; returns each result or exception. */
    private List<Object> race(long modelId, ModelStatus expected) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch ready = new CountDownLatch(RACERS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> results = new ArrayList<>();
            for (int racer = 0; racer < RACERS; racer++) {
                int number = racer;
                results.add(threads.submit(() -> {
                    ready.countDown();
                    start.await();
                    try {
                        return manager.updateStatus(modelId, TARGETS[number % TARGETS.length], expected,
                                "racer " + number, racer(number));
                    } catch (ConcurrentModificationException | InvalidStatusTransitionException e) {
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

    private long createTestingModel() {
        return manager.createModel(new CreateModelCommand(new ModelName(UniqueNames.of("raced")),
                ModelVersion.parse("v1.0"), new ModelClassName("elo"), new DomainName("nfl"), Configs.seed(),
                ModelStatus.TESTING, null, null), ALICE).model().modelId();
    }

    private static Actor racer(int number) {
        return new Actor("racer-" + number + "@precog.example");
    }
}
