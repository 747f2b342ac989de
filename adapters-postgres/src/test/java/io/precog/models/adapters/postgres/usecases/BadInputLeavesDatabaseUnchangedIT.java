package io.precog.models.adapters.postgres.usecases;

import static io.precog.models.adapters.postgres.store.fixtures.Actors.ALICE;
import static io.precog.models.adapters.postgres.store.fixtures.Actors.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.precog.models.adapters.postgres.store.PostgresModelPorts;
import io.precog.models.adapters.postgres.store.fixtures.Configs;
import io.precog.models.adapters.postgres.store.fixtures.DatabaseSnapshot;
import io.precog.models.adapters.postgres.store.fixtures.Queries;
import io.precog.models.adapters.postgres.store.fixtures.SettableClock;
import io.precog.models.adapters.postgres.testing.PostgresTest;
import io.precog.models.application.CreateModelCommand;
import io.precog.models.application.ModelManager;
import io.precog.models.application.NewPrediction;
import io.precog.models.domain.config.ModelConfig;
import io.precog.models.domain.error.DomainException;
import io.precog.models.domain.error.DuplicatePredictionException;
import io.precog.models.domain.error.DuplicateVersionException;
import io.precog.models.domain.error.EventAlreadyResolvedException;
import io.precog.models.domain.error.EventNotFoundException;
import io.precog.models.domain.error.InvalidConfigException;
import io.precog.models.domain.error.InvalidMetricsException;
import io.precog.models.domain.error.InvalidStatusTransitionException;
import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.error.ModelNotFoundException;
import io.precog.models.domain.error.UnknownModelClassException;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.MetricsUpdate;
import io.precog.models.domain.model.ModelClassName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.prediction.Event;
import io.precog.models.domain.prediction.EventId;
import io.precog.models.domain.prediction.Probability;
import io.precog.models.domain.prediction.Resolution;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of invalid request raises its domain error, with its message, and leaves every table
 * exactly as it was: no row added, changed or removed.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputLeavesDatabaseUnchangedIT {

    private static final long UNKNOWN_MODEL = 999_999;
    private static final Instant PREDICTED_AT = Instant.parse("2025-08-31T18:00:00Z");

    private final ModelManager manager;
    private final Queries queries;
    private long active;
    private long deprecated;

    BadInputLeavesDatabaseUnchangedIT(DataSource dataSource) {
        this.manager = new ModelManager(PostgresModelPorts.create(dataSource),
                SettableClock.at("2025-09-01T09:00:00Z"));
        this.queries = new Queries(dataSource);
    }

    /**
     * Stores nfl_elo v1.0 active with a prediction for game-1, v0.9 deprecated, game-1 to game-3
     * pending and game-4 resolved yes.
     */
    @BeforeAll
    void storeModelsEventsAndAPrediction() {
        active = create("nfl_elo", "v1.0", ModelStatus.ACTIVE);
        deprecated = create("nfl_elo", "v0.9", ModelStatus.TESTING);
        manager.updateStatus(deprecated, ModelStatus.DEPRECATED, ModelStatus.TESTING, "superseded", BOB);
        for (String game : List.of("game-1", "game-2", "game-3", "game-4")) {
            manager.recordEvent(Event.pending(new EventId(game), new DomainName("nfl"), null, null));
        }
        manager.resolveEvent(new EventId("game-4"), Resolution.YES, BOB);
        manager.recordPrediction(prediction(active, "game-1", "0.61"), ALICE);
    }

    Stream<Arguments> badInputs() {
        return Stream.of(
                bad("bad model name", InvalidValueException.class,
                        "Invalid model_name 'NFL Elo': use a lowercase letter followed by lowercase letters, digits,"
                                + " '_', '-' or '.', such as nfl_elo",
                        () -> manager.createModel(new CreateModelCommand(new ModelName("NFL Elo"),
                                ModelVersion.parse("v2.0"), new ModelClassName("elo"), new DomainName("nfl"),
                                Configs.seed(), null, null, null), ALICE)),
                bad("bad version", InvalidValueException.class,
                        "Invalid model_version '1.0': use v followed by MAJOR.MINOR or MAJOR.MINOR.PATCH, such as v1.0"
                                + " or v1.0.1 (non-negative numbers of at most 9 digits without leading zeros)",
                        () -> command("nfl_elo", "1.0", "elo", Configs.seed())),
                bad("duplicate version", DuplicateVersionException.class,
                        "Model 'nfl_elo' already has version v1.0 (same as v1.0.0): versions are immutable, so create"
                                + " the next version instead",
                        () -> manager.createModel(command("nfl_elo", "v1.0.0", "elo", Configs.seed()), ALICE)),
                bad("unknown model class", UnknownModelClassException.class,
                        "Unknown model class 'svm': use one of elo, ensemble, logistic, neural_network, random_forest,"
                                + " xgboost, or ask an administrator to add the class",
                        () -> manager.createModel(command("nfl_svm", "v1.0", "svm", Configs.seed()), ALICE)),
                bad("float in config", InvalidConfigException.class,
                        "Invalid config at 'k_factor': double 32.0 is not allowed because binary floating point cannot"
                                + " hold most decimals exactly, so write the number as a decimal,"
                                + " new BigDecimal(\"32.0\"), or write it in YAML or JSON input, where numbers are"
                                + " read as exact decimals",
                        () -> manager.createModel(command("nfl_float", "v1.0", "elo",
                                ModelConfig.of(Map.of("k_factor", 32.0))), ALICE)),
                bad("calibration above one", InvalidMetricsException.class,
                        "Invalid metrics: validation_calibration = 1.01: must be a decimal in [0, 1]",
                        () -> manager.updateMetrics(active, new MetricsUpdate(new BigDecimal("1.01"), null, null),
                                ALICE)),
                bad("negative accuracy", InvalidMetricsException.class,
                        "Invalid metrics: validation_accuracy = -0.1: must be a decimal in [0, 1]",
                        () -> manager.updateMetrics(active, new MetricsUpdate(null, new BigDecimal("-0.1"), null),
                                ALICE)),
                bad("negative sample size", InvalidMetricsException.class,
                        "Invalid metrics: validation_sample_size = -1: must be an integer of at least 0",
                        () -> manager.updateMetrics(active, new MetricsUpdate(null, null, -1L), ALICE)),
                bad("no metric", InvalidMetricsException.class,
                        "Invalid metrics: no metric given; give at least one of validation_calibration,"
                                + " validation_accuracy, validation_sample_size",
                        () -> manager.updateMetrics(active, new MetricsUpdate(null, null, null), ALICE)),
                bad("metrics of an unknown model", ModelNotFoundException.class,
                        "No model with model_id 999999: list versions by name to find the id",
                        () -> manager.updateMetrics(UNKNOWN_MODEL, new MetricsUpdate(null, null, 1L), ALICE)),
                bad("status of an unknown model", ModelNotFoundException.class,
                        "No model with model_id 999999: list versions by name to find the id",
                        () -> manager.updateStatus(UNKNOWN_MODEL, ModelStatus.ACTIVE, null, null, BOB)),
                bad("deprecated to active", InvalidStatusTransitionException.class,
                        "Cannot change status from deprecated to active: deprecated is terminal, so create a new"
                                + " version to use this config again",
                        () -> manager.updateStatus(deprecated, ModelStatus.ACTIVE, null, null, BOB)),
                bad("probability above one", InvalidValueException.class,
                        "Invalid probability '1.2': must be a decimal in [0, 1]",
                        () -> prediction(active, "game-2", "1.2")),
                bad("prediction for an unknown event", EventNotFoundException.class,
                        "No event with event_id 'game-99': record the event before its predictions or resolution",
                        () -> manager.recordPrediction(prediction(active, "game-99", "0.5"), ALICE)),
                bad("prediction of an unknown model", ModelNotFoundException.class,
                        "No model with model_id 999999: list versions by name to find the id",
                        () -> manager.recordPrediction(prediction(UNKNOWN_MODEL, "game-2", "0.5"), ALICE)),
                bad("duplicate prediction", DuplicatePredictionException.class,
                        "Model " + active + " already has a prediction for event 'game-1': predictions are immutable,"
                                + " so record a new model version to predict again",
                        () -> manager.recordPrediction(prediction(active, "game-1", "0.70"), ALICE)),
                bad("batch with one unknown event", EventNotFoundException.class,
                        "No event with event_id 'game-99': record the event before its predictions or resolution",
                        () -> manager.recordPredictions(List.of(prediction(active, "game-2", "0.5"),
                                prediction(active, "game-99", "0.5"), prediction(active, "game-3", "0.5")), ALICE)),
                bad("batch repeating a stored prediction", DuplicatePredictionException.class,
                        "Model " + active + " already has a prediction for event 'game-1': predictions are immutable,"
                                + " so record a new model version to predict again",
                        () -> manager.recordPredictions(List.of(prediction(active, "game-2", "0.5"),
                                prediction(active, "game-1", "0.5"), prediction(active, "game-3", "0.5")), ALICE)),
                bad("batch repeating one of its pairs", DuplicatePredictionException.class,
                        "Model " + active + " already has a prediction for event 'game-3': predictions are immutable,"
                                + " so record a new model version to predict again",
                        () -> manager.recordPredictions(List.of(prediction(active, "game-3", "0.5"),
                                prediction(active, "game-2", "0.5"), prediction(active, "game-3", "0.6")), ALICE)),
                bad("batch with a deprecated model", InvalidValueException.class,
                        "Invalid model_id '" + deprecated + "': the model version is deprecated and takes no new"
                                + " predictions; use an active version",
                        () -> manager.recordPredictions(List.of(prediction(active, "game-2", "0.5"),
                                prediction(deprecated, "game-3", "0.5")), ALICE)),
                bad("empty batch", InvalidValueException.class,
                        "Invalid predictions '[]': empty; give at least one prediction",
                        () -> manager.recordPredictions(List.of(), ALICE)),
                bad("another resolution of a resolved event", EventAlreadyResolvedException.class,
                        "Event 'game-4' is already resolved as yes, so it cannot become no: resolutions are final",
                        () -> manager.resolveEvent(new EventId("game-4"), Resolution.NO, BOB)),
                bad("resolution of an unknown event", EventNotFoundException.class,
                        "No event with event_id 'game-99': record the event before its predictions or resolution",
                        () -> manager.resolveEvent(new EventId("game-99"), Resolution.YES, BOB)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void rejectsWithItsDomainErrorAndChangesNoRow(String name, Class<? extends DomainException> expected,
                                                  String message, ThrowingCallable request) {
        DatabaseSnapshot before = DatabaseSnapshot.take(queries);

        Throwable thrown = catchThrowable(request);

        assertThat(thrown).isExactlyInstanceOf(expected).hasMessage(message);
        DatabaseSnapshot after = DatabaseSnapshot.take(queries);
        assertThat(after.rowCounts()).isEqualTo(before.rowCounts());
        assertThat(after).isEqualTo(before);
    }

    private static Arguments bad(String name, Class<? extends DomainException> expected, String message,
                                 ThrowingCallable request) {
        return Arguments.of(name, expected, message, request);
    }

    private long create(String name, String version, ModelStatus status) {
        return manager.createModel(new CreateModelCommand(new ModelName(name), ModelVersion.parse(version),
                new ModelClassName("elo"), new DomainName("nfl"), Configs.seed(), status, null, null), ALICE)
                .model().modelId();
    }

    private static CreateModelCommand command(String name, String version, String modelClass, ModelConfig config) {
        return new CreateModelCommand(new ModelName(name), ModelVersion.parse(version), new ModelClassName(modelClass),
                new DomainName("nfl"), config, null, null, null);
    }

    private static NewPrediction prediction(long modelId, String eventId, String probability) {
        return new NewPrediction(modelId, new EventId(eventId), Probability.parse(probability), PREDICTED_AT);
    }
}
