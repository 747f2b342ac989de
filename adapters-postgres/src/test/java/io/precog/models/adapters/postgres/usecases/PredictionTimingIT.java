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
import io.precog.models.application.NewPrediction;
import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelClassName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.prediction.Event;
import io.precog.models.domain.prediction.EventId;
import io.precog.models.domain.prediction.Probability;
import io.precog.models.domain.prediction.Resolution;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A forecast counts only when it was made before its outcome was known. */
@PostgresTest
class PredictionTimingIT {

    private final SettableClock clock = SettableClock.at("2025-09-05T12:00:00Z");
    private final DataSource dataSource;
    private final ModelManager manager;
    private long modelId;
    private EventId resolvedGame;
    private EventId pendingGame;

    PredictionTimingIT(DataSource dataSource) {
        this.dataSource = dataSource;
        this.manager = new ModelManager(PostgresModelPorts.create(dataSource), clock);
    }

    @BeforeEach
    void storeModelAndGames() {
        clock.set("2025-09-05T12:00:00Z");
        modelId = manager.createModel(new CreateModelCommand(new ModelName(UniqueNames.of("nfl_elo")),
                ModelVersion.parse("v1.0"), new ModelClassName("elo"), new DomainName("nfl"), Configs.seed(),
                ModelStatus.ACTIVE, null, null), ALICE).model().modelId();
        resolvedGame = new EventId(UniqueNames.of("nfl-2025-09-05-dal-phi"));
        pendingGame = new EventId(UniqueNames.of("nfl-2025-09-07-nyg-was"));
        manager.recordEvent(Event.pending(resolvedGame, new DomainName("nfl"), "DAL at PHI", null));
        manager.recordEvent(Event.pending(pendingGame, new DomainName("nfl"), "NYG at WAS", null));
        manager.resolveEvent(resolvedGame, Resolution.YES, BOB);
        clock.set("2025-09-05T13:00:00Z");
    }

    @Test
    void rejectsPredictionAfterResolution() {
        InvalidValueException error = catchThrowableOfType(InvalidValueException.class, () ->
                manager.recordPrediction(new NewPrediction(modelId, resolvedGame, Probability.parse("1"), null), BOB));

        assertThat(error).hasMessage("Invalid predicted_at '2025-09-05T13:00:00Z': event " + resolvedGame
                + " was resolved at 2025-09-05T12:00:00Z; a prediction must be made before its event resolves");
        assertThat(predictionCount()).isZero();
    }

    @Test
    void acceptsPredictionDatedBeforeResolution() {
        manager.recordPrediction(new NewPrediction(modelId, resolvedGame, Probability.parse("0.7"),
                Instant.parse("2025-09-05T11:59:59Z")), BOB);

        assertThat(predictionCount()).isEqualTo(1);
    }

    @Test
    void rejectsPredictionDatedInTheFuture() {
        InvalidValueException error = catchThrowableOfType(InvalidValueException.class, () ->
                manager.recordPrediction(new NewPrediction(modelId, pendingGame, Probability.parse("0.5"),
                        Instant.parse("2099-01-01T00:00:00Z")), BOB));

        assertThat(error).hasMessage("Invalid predicted_at '2099-01-01T00:00:00Z': is in the future"
                + " (now is 2025-09-05T13:00:00Z); give the time the forecast was made");
        assertThat(predictionCount()).isZero();
    }

    @Test
    void rejectsWholeBatchWithOneLatePrediction() {
        List<NewPrediction> batch = List.of(
                new NewPrediction(modelId, pendingGame, Probability.parse("0.4"), null),
                new NewPrediction(modelId, resolvedGame, Probability.parse("0.9"), null));

        InvalidValueException error = catchThrowableOfType(InvalidValueException.class, () ->
                manager.recordPredictions(batch, BOB));

        assertThat(error.getMessage()).startsWith("Invalid prediction: prediction of model " + modelId
                + " for event " + resolvedGame + " is made at 2025-09-05 13:00:00+00, not before the event was"
                + " resolved at 2025-09-05 12:00:00+00");
        assertThat(predictionCount()).isZero();
    }

    private long predictionCount() {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("SELECT count(*) FROM predictions WHERE model_id = ?")) {
            statement.setLong(1, modelId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
