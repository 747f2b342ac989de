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
import io.precog.models.application.PredictionAttribution;
import io.precog.models.domain.error.PredictionNotFoundException;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelClassName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.prediction.Event;
import io.precog.models.domain.prediction.EventId;
import io.precog.models.domain.prediction.Prediction;
import io.precog.models.domain.prediction.Probability;
import java.math.BigDecimal;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Every prediction traces back to the version that made it and to that version's exact config. */
@PostgresTest
class PredictionAttributionIT {

    private final SettableClock clock = SettableClock.at("2025-09-01T09:00:00Z");
    private final ModelManager manager;

    PredictionAttributionIT(DataSource dataSource) {
        this.manager = new ModelManager(PostgresModelPorts.create(dataSource), clock);
    }

    @Test
    void tracesAPredictionToItsVersionAndConfig() {
        ProbabilityModel model = manager.createModel(new CreateModelCommand(new ModelName(UniqueNames.of("nfl_elo")),
                ModelVersion.parse("v1.0"), new ModelClassName("elo"), new DomainName("nfl"), Configs.seed(),
                ModelStatus.ACTIVE, null, null), ALICE).model();
        EventId game = new EventId(UniqueNames.of("nfl-2025-09-05-dal-phi"));
        manager.recordEvent(Event.pending(game, new DomainName("nfl"), "DAL at PHI",
                Instant.parse("2025-09-05T00:20:00Z")));
        clock.set("2025-09-04T18:00:00Z");
        Prediction recorded = manager.recordPrediction(new NewPrediction(model.modelId(), game,
                Probability.parse("0.6420"), Instant.parse("2025-09-04T17:59:00Z")), BOB);

        PredictionAttribution attribution = manager.attribution(recorded.predictionId());

        assertThat(attribution.prediction()).isEqualTo(new Prediction(recorded.predictionId(), model.modelId(), game,
                new Probability(new BigDecimal("0.6420")), Instant.parse("2025-09-04T17:59:00Z"), BOB,
                Instant.parse("2025-09-04T18:00:00Z")));
        assertThat(attribution.prediction().probability()).hasToString("0.6420");
        assertThat(attribution.model()).isEqualTo(model);
        assertThat(attribution.model().config()).isEqualTo(Configs.seed());
        assertThat(attribution.model().config().fingerprint()).isEqualTo(Configs.sha256(Configs.SEED_CANONICAL_JSON));
    }

    @Test
    void reportsAnUnknownPrediction() {
        assertThat(catchThrowableOfType(PredictionNotFoundException.class, () -> manager.attribution(987_654_321L)))
                .hasMessage("No prediction with prediction_id 987654321");
    }
}
