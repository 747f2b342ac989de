package io.precog.models.adapters.postgres.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.precog.models.adapters.postgres.store.fixtures.Actors;
import io.precog.models.adapters.postgres.store.fixtures.NewModels;
import io.precog.models.adapters.postgres.store.fixtures.UniqueNames;
import io.precog.models.application.ModelPorts;
import io.precog.models.domain.calibration.Outcome;
import io.precog.models.domain.calibration.PairedForecast;
import io.precog.models.domain.error.DuplicatePredictionException;
import io.precog.models.domain.error.EventNotFoundException;
import io.precog.models.domain.error.ModelNotFoundException;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.prediction.Event;
import io.precog.models.domain.prediction.EventId;
import io.precog.models.domain.prediction.Prediction;
import io.precog.models.domain.prediction.Probability;
import io.precog.models.domain.prediction.Resolution;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every implementation of {@link io.precog.models.application.port.Predictions} must do. */
abstract class PredictionsContract {

    private static final Logger LOG = LoggerFactory.getLogger(PredictionsContract.class);

    private static final Instant PREDICTED_AT = Instant.parse("2025-09-04T18:00:00Z");
    private static final Instant RECORDED_AT = Instant.parse("2025-09-04T18:00:01Z");
    private static final Instant RESOLVED_AT = Instant.parse("2025-09-05T03:35:00Z");

    protected abstract ModelPorts ports();

    @Test
    void storesPredictionWithExactProbability() {
        long modelId = model();
        EventId event = event(Resolution.PENDING);

        Prediction stored = ports().predictions().insert(prediction(modelId, event, "0.650"));

        assertThat(stored.predictionId()).isPositive();
        assertThat(stored).isEqualTo(new Prediction(stored.predictionId(), modelId, event,
                new Probability(new BigDecimal("0.650")), PREDICTED_AT, Actors.ALICE, RECORDED_AT));
        assertThat(ports().predictions().find(stored.predictionId())).contains(stored);
        assertThat(ports().predictions().find(stored.predictionId()).orElseThrow().probability())
                .hasToString("0.650");
    }

    @Test
    void findsNoPredictionForAnUnknownId() {
        assertThat(ports().predictions().find(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void rejectsSecondPredictionForEvent() {
        long modelId = model();
        EventId event = event(Resolution.PENDING);
        Prediction first = ports().predictions().insert(prediction(modelId, event, "0.61"));

        DuplicatePredictionException thrown = catchThrowableOfType(DuplicatePredictionException.class,
                () -> ports().predictions().insert(prediction(modelId, event, "0.70")));

        assertThat(thrown).hasMessage("Model " + modelId + " already has a prediction for event '" + event
                + "': predictions are immutable, so record a new model version to predict again");
        assertThat(thrown.details()).isEqualTo(Map.of("model_id", modelId, "event_id", event.value()));
        assertThat(ports().predictions().find(first.predictionId())).contains(first);
    }

    @Test
    void rejectsAPredictionForAnUnknownEvent() {
        long modelId = model();
        EventId unknown = new EventId(UniqueNames.of("never-recorded"));

        assertThat(catchThrowableOfType(EventNotFoundException.class,
                () -> ports().predictions().insert(prediction(modelId, unknown, "0.5"))))
                .hasMessage("No event with event_id '" + unknown + "': record the event before its predictions or"
                        + " resolution");
    }

    @Test
    void rejectsAPredictionOfAnUnknownModel() {
        EventId event = event(Resolution.PENDING);

        assertThat(catchThrowableOfType(ModelNotFoundException.class,
                () -> ports().predictions().insert(prediction(Long.MAX_VALUE, event, "0.5"))))
                .hasMessage("No model with model_id 9223372036854775807: list versions by name to find the id");
    }

    /** A season of forecasts: 2,500 events predicted by four versions, 10,000 predictions in one call. */
    @Test
    void storesTenThousandPredictionsInOneCall() {
        List<Long> models = List.of(model(), model(), model(), model());
        String prefix = UniqueNames.of("bulk");
        List<EventId> events = new ArrayList<>();
        for (int game = 0; game < 2_500; game++) {
            events.add(event(String.format(Locale.ROOT, "%s-%05d", prefix, game), resolutionOfGame(game)));
        }
        List<Prediction> batch = new ArrayList<>();
        for (int version = 0; version < models.size(); version++) {
            for (int game = 0; game < events.size(); game++) {
                batch.add(prediction(models.get(version), events.get(game), probabilityOf(version, game)));
            }
        }

        long started = System.nanoTime();
        int stored = ports().predictions().insertAll(batch);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Stored {} predictions in one call in {} ms", stored, elapsed.toMillis());

        assertThat(stored).isEqualTo(10_000);
        List<PairedForecast> expected = new ArrayList<>();
        for (int game = 0; game < events.size(); game++) {
            expected.add(new PairedForecast(new BigDecimal(probabilityOf(1, game)),
                    new BigDecimal(probabilityOf(3, game)), resolutionOfGame(game).outcome()));
        }
        assertThat(ports().predictions().pairedOnResolvedEvents(models.get(1), models.get(3)))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void rejectsBatchRepeatingAPair() {
        long modelId = model();
        EventId first = event(Resolution.PENDING);
        EventId second = event(Resolution.PENDING);
        List<Prediction> batch = List.of(prediction(modelId, first, "0.1"), prediction(modelId, second, "0.2"),
                prediction(modelId, first, "0.3"));

        assertThat(catchThrowableOfType(DuplicatePredictionException.class,
                () -> ports().predictions().insertAll(batch)))
                .hasMessage("Model " + modelId + " already has a prediction for event '" + first
                        + "': predictions are immutable, so record a new model version to predict again");
        assertThat(ports().predictions().insertAll(batch.subList(0, 2))).isEqualTo(2);
    }

    @Test
    void rejectsBatchRepeatingStoredPair() {
        long modelId = model();
        List<EventId> events = List.of(event(Resolution.PENDING), event(Resolution.PENDING),
                event(Resolution.PENDING));
        ports().predictions().insert(prediction(modelId, events.get(1), "0.5"));
        List<Prediction> batch = List.of(prediction(modelId, events.get(0), "0.4"),
                prediction(modelId, events.get(1), "0.6"), prediction(modelId, events.get(2), "0.7"));

        DuplicatePredictionException thrown = catchThrowableOfType(DuplicatePredictionException.class,
                () -> ports().predictions().insertAll(batch));

        assertThat(thrown.details()).isEqualTo(Map.of("model_id", modelId, "event_id", events.get(1).value()));
        assertThat(ports().predictions().insertAll(List.of(batch.get(0), batch.get(2)))).isEqualTo(2);
    }

    @Test
    void rejectsBatchWithUnknownEvent() {
        long modelId = model();
        EventId known = event(Resolution.PENDING);
        EventId unknown = new EventId(UniqueNames.of("never-recorded"));
        EventId alsoKnown = event(Resolution.PENDING);
        List<Prediction> batch = List.of(prediction(modelId, known, "0.4"), prediction(modelId, unknown, "0.6"),
                prediction(modelId, alsoKnown, "0.7"));

        assertThat(catchThrowableOfType(EventNotFoundException.class, () -> ports().predictions().insertAll(batch)))
                .hasMessage("No event with event_id '" + unknown + "': record the event before its predictions or"
                        + " resolution");
        assertThat(ports().predictions().insertAll(List.of(batch.get(0), batch.get(2)))).isEqualTo(2);
    }

    @Test
    void rejectsBatchWithUnknownModel() {
        long modelId = model();
        EventId event = event(Resolution.PENDING);
        List<Prediction> batch = List.of(prediction(modelId, event, "0.4"), prediction(Long.MAX_VALUE, event, "0.6"));

        assertThat(catchThrowableOfType(ModelNotFoundException.class, () -> ports().predictions().insertAll(batch)))
                .hasMessage("No model with model_id 9223372036854775807: list versions by name to find the id");
        assertThat(ports().predictions().insertAll(batch.subList(0, 1))).isEqualTo(1);
    }

    @Test
    void storesNothingForAnEmptyBatch() {
        assertThat(ports().predictions().insertAll(List.of())).isZero();
    }

    @Test
    void pairsVersionsOnCommonResolvedEvents() {
        long versionA = model();
        long versionB = model();
        String prefix = UniqueNames.of("paired");
        EventId yes = event(prefix + "-1", Resolution.YES);
        EventId no = event(prefix + "-2", Resolution.NO);
        EventId voided = event(prefix + "-3", Resolution.VOID);
        EventId pending = event(prefix + "-4", Resolution.PENDING);
        EventId onlyA = event(prefix + "-5", Resolution.YES);
        ports().predictions().insertAll(List.of(
                prediction(versionA, voided, "0.50"), prediction(versionB, voided, "0.45"),
                prediction(versionA, no, "0.30"), prediction(versionB, no, "0.35"),
                prediction(versionA, yes, "0.700"), prediction(versionB, yes, "0.8"),
                prediction(versionA, pending, "0.6"), prediction(versionB, pending, "0.6"),
                prediction(versionA, onlyA, "0.9")));

        assertThat(ports().predictions().pairedOnResolvedEvents(versionA, versionB)).containsExactly(
                new PairedForecast(new BigDecimal("0.700"), new BigDecimal("0.8"), Outcome.YES),
                new PairedForecast(new BigDecimal("0.30"), new BigDecimal("0.35"), Outcome.NO),
                new PairedForecast(new BigDecimal("0.50"), new BigDecimal("0.45"), Outcome.VOID));
    }

    /** Returns the resolution of a game: one in three is void, the others alternate between yes and no. */
    private static Resolution resolutionOfGame(int game) {
        return switch (game % 3) {
            case 0 -> Resolution.VOID;
            case 1 -> Resolution.YES;
            default -> Resolution.NO;
        };
    }

    /** Returns a probability with three decimal places, trailing zeros included, such as 0.050. */
    private static String probabilityOf(int version, int game) {
        return String.format(Locale.ROOT, "0.%03d", (game * 7 + version * 131) % 1000);
    }

    private long model() {
        return ports().saveModels().insert(NewModels.elo(UniqueNames.of("predicting"), "v1.0", ModelStatus.ACTIVE,
                "nfl")).modelId();
    }

    private EventId event(Resolution resolution) {
        return event(UniqueNames.of("game"), resolution);
    }

    private EventId event(String id, Resolution resolution) {
        EventId eventId = new EventId(id);
        ports().events().insert(new Event(eventId, new DomainName("nfl"), null, null, resolution,
                resolution == Resolution.PENDING ? null : RESOLVED_AT));
        return eventId;
    }

    private static Prediction prediction(long modelId, EventId event, String probability) {
        return new Prediction(0, modelId, event, new Probability(new BigDecimal(probability)), PREDICTED_AT,
                Actors.ALICE, RECORDED_AT);
    }
}
