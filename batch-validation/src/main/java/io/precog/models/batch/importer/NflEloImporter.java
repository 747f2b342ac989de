package io.precog.models.batch.importer;

import io.precog.models.application.CreateModelCommand;
import io.precog.models.application.ModelManager;
import io.precog.models.application.ModelReference;
import io.precog.models.application.port.ImportForecasts;
import io.precog.models.domain.config.ModelConfig;
import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.error.ModelNotFoundException;
import io.precog.models.domain.model.Actor;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelClassName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.prediction.Event;
import io.precog.models.domain.prediction.Prediction;
import io.precog.models.domain.prediction.Resolution;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the NFL Elo forecasts: one event per game, resolved yes when the home team (team1) won, no when
 * it lost and void for a tie, and elo_prob1 as the prediction of the model version
 * {@value #MODEL_NAME} {@value #MODEL_VERSION}. The file has dates but no kick-off times: a game's
 * event starts at 00:00 UTC on its date, its prediction is made then, and it is resolved at 00:00 UTC
 * the next day. Importing again stores nothing new.
 */
public final class NflEloImporter {

    public static final String MODEL_NAME = "fivethirtyeight-nfl-elo";
    public static final String MODEL_VERSION = "v1.0";
    public static final DomainName DOMAIN = new DomainName("nfl");
    public static final Actor ACTOR = new Actor("nfl-elo-importer");

    /** Rows sent to the database in one statement. */
    private static final int BATCH = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(NflEloImporter.class);

    private final ModelManager manager;
    private final ImportForecasts imports;
    private final Clock clock;

    public NflEloImporter(ModelManager manager, ImportForecasts imports, Clock clock) {
        this.manager = manager;
        this.imports = imports;
        this.clock = clock;
    }

    /**
     * Registers the model version if absent, with a config that records where its probabilities come
     * from, and moves it from draft to testing.
     *
     * @throws InvalidValueException when the version exists but is deprecated, so it takes no forecasts
     */
    public ModelRegistration registerModel(ModelConfig config) {
        ModelName name = new ModelName(MODEL_NAME);
        ModelVersion version = ModelVersion.parse(MODEL_VERSION);
        ProbabilityModel model;
        boolean created = false;
        try {
            model = manager.getModel(ModelReference.byName(name, version));
        } catch (ModelNotFoundException e) {
            model = manager.createModel(new CreateModelCommand(name, version, new ModelClassName("elo"), DOMAIN,
                    config, ModelStatus.DRAFT, "FiveThirtyEight's pre-game Elo win probability of the home team",
                    "Imported from the bundled copy of FiveThirtyEight's NFL Elo file"), ACTOR).model();
            created = true;
            LOG.info("Registered model {} {} as model {}", MODEL_NAME, MODEL_VERSION, model.modelId());
        }
        if (model.status() == ModelStatus.DEPRECATED) {
            throw new InvalidValueException("status", model.status().wireName(), "model " + MODEL_NAME + " "
                    + MODEL_VERSION + " is deprecated and takes no forecasts; import them under a new version");
        }
        boolean moved = false;
        if (model.status() == ModelStatus.DRAFT) {
            model = manager.updateStatus(model.modelId(), ModelStatus.TESTING, ModelStatus.DRAFT,
                    "forecasts imported for calibration", ACTOR);
            moved = true;
            LOG.info("Moved model {} {} from draft to testing", MODEL_NAME, MODEL_VERSION);
        }
        return new ModelRegistration(model, created, moved);
    }

    /** Stores the games as events and their probabilities as predictions of {@code model}, skipping what is stored. */
    public NflImportSummary importGames(ProbabilityModel model, List<NflGame> games) {
        Instant recordedAt = clock.instant();
        int eventsStored = 0;
        int predictionsStored = 0;
        for (int from = 0; from < games.size(); from += BATCH) {
            List<NflGame> batch = games.subList(from, Math.min(games.size(), from + BATCH));
            List<Event> events = new ArrayList<>(batch.size());
            List<Prediction> predictions = new ArrayList<>(batch.size());
            for (NflGame game : batch) {
                Instant day = game.date().atStartOfDay(ZoneOffset.UTC).toInstant();
                Instant nextDay = game.date().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                events.add(new Event(game.eventId(), DOMAIN, game.description(), day, game.result(), nextDay));
                predictions.add(new Prediction(0, model.modelId(), game.eventId(), game.homeWinChance(), day, ACTOR,
                        recordedAt));
            }
            eventsStored += imports.insertEvents(events);
            predictionsStored += imports.insertPredictions(predictions);
        }
        int ties = (int) games.stream().filter(game -> game.result() == Resolution.VOID).count();
        LOG.info("NFL import: {} games ({} ties, stored as void), {} events and {} predictions newly stored",
                games.size(), ties, eventsStored, predictionsStored);
        return new NflImportSummary(manager.getModel(model.modelId()), games.size(), ties, eventsStored,
                predictionsStored);
    }
}
