package io.precog.models.batch.generator;

import io.precog.models.application.CreateModelCommand;
import io.precog.models.application.ModelManager;
import io.precog.models.application.ModelReference;
import io.precog.models.application.port.ImportForecasts;
import io.precog.models.domain.config.ModelConfig;
import io.precog.models.domain.error.EventNotFoundException;
import io.precog.models.domain.error.ModelNotFoundException;
import io.precog.models.domain.model.Actor;
import io.precog.models.domain.model.ModelClassName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.prediction.Event;
import io.precog.models.domain.prediction.EventId;
import io.precog.models.domain.prediction.Prediction;
import io.precog.models.domain.prediction.Probability;
import io.precog.models.domain.prediction.Resolution;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores synthetic model versions (in testing), events and forecasts as {@link SyntheticSettings}
 * describes them, a block of events at a time, so memory does not grow with their number. Generating
 * the same settings again stores nothing new. Forecasts are built as exact decimals from integers:
 * round(p · 10^decimals) / 10^decimals.
 */
public final class SyntheticForecasts {

    /** Events resolved in one block, with every model's forecasts for them. */
    static final int BLOCK_EVENTS = 2_500;

    /** First event's start; event i starts i minutes later, is forecast an hour before and resolved 3 hours after. */
    public static final Instant FIRST_START = Instant.parse("2024-01-01T00:00:00Z");

    private static final Actor ACTOR = new Actor("synthetic-generator");
    private static final Logger LOG = LoggerFactory.getLogger(SyntheticForecasts.class);

    private final ModelManager manager;
    private final ImportForecasts imports;
    private final Clock clock;

    public SyntheticForecasts(ModelManager manager, ImportForecasts imports, Clock clock) {
        this.manager = manager;
        this.imports = imports;
        this.clock = clock;
    }

    /** Returns the time by which every generated event is resolved. */
    public static Instant lastResolution(SyntheticSettings settings) {
        return FIRST_START.plus(Duration.ofMinutes(settings.events())).plus(Duration.ofHours(3));
    }

    /**
     * Generates and stores everything, going on from the last block an earlier call stored; returns the
     * model versions, in order.
     */
    public List<ProbabilityModel> generate(SyntheticSettings settings) {
        List<ProbabilityModel> models = registerModels(settings);
        long[] modelIds = models.stream().mapToLong(ProbabilityModel::modelId).toArray();
        long stored = 0;
        long resumeAt = firstBlockToStore(settings);
        if (resumeAt > 0) {
            LOG.info("Events up to {} are stored already; generating from there", resumeAt);
        }
        for (long first = resumeAt; first < settings.events(); first += BLOCK_EVENTS) {
            long end = Math.min(settings.events(), first + BLOCK_EVENTS);
            stored += storeBlock(settings, modelIds, first, end);
            if ((first / BLOCK_EVENTS) % 20 == 19 || end == settings.events()) {
                LOG.info("Generated {} of {} events, {} forecasts stored so far", end, settings.events(), stored);
            }
        }
        return models;
    }

    private long storeBlock(SyntheticSettings settings, long[] modelIds, long first, long end) {
        Instant recordedAt = clock.instant();
        List<Event> events = new ArrayList<>((int) (end - first));
        List<Prediction> predictions = new ArrayList<>((int) (end - first) * modelIds.length);
        double voidShare = settings.voidShare().doubleValue();
        double sharpness = settings.miscalibration().doubleValue();
        long scale = BigDecimal.TEN.pow(settings.decimals()).longValueExact();
        for (long event = first; event < end; event++) {
            SplittableRandom random = new SplittableRandom(mix(settings.seed(), event));
            double truth = 0.02 + 0.96 * random.nextDouble();
            double draw = random.nextDouble();
            Resolution resolution = random.nextDouble() < voidShare ? Resolution.VOID
                    : draw < truth ? Resolution.YES : Resolution.NO;
            Instant start = FIRST_START.plus(Duration.ofMinutes(event));
            EventId id = new EventId(settings.eventId(event));
            events.add(new Event(id, settings.domain(), "synthetic event " + event, start, resolution,
                    start.plus(Duration.ofHours(3))));
            double logit = Math.log(truth / (1 - truth));
            for (int model = 0; model < modelIds.length; model++) {
                double error = SyntheticSettings.MODEL_NOISE * gaussian(random);
                double forecast = 1 / (1 + Math.exp(-sharpness * (logit + error)));
                long units = Math.min(scale, Math.max(0, Math.round(forecast * scale)));
                predictions.add(new Prediction(0, modelIds[model], id,
                        new Probability(BigDecimal.valueOf(units, settings.decimals())),
                        start.minus(Duration.ofHours(1)), ACTOR, recordedAt));
            }
        }
        imports.insertEvents(events);
        return imports.insertPredictions(predictions);
    }

    /**
     * The first event of the block to start from. Blocks are stored in order, a block's events before its
     * forecasts, so every block before the last one whose events are stored is complete; that last one is
     * stored again, which adds what it misses and changes nothing else.
     */
    private long firstBlockToStore(SyntheticSettings settings) {
        long blocks = (settings.events() + BLOCK_EVENTS - 1) / BLOCK_EVENTS;
        long low = 0;
        long high = blocks;
        while (low < high) {
            long middle = (low + high) >>> 1;
            if (eventStored(settings.eventId(Math.min(settings.events(), (middle + 1) * BLOCK_EVENTS) - 1))) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return Math.max(0, low - 1) * BLOCK_EVENTS;
    }

    private boolean eventStored(String eventId) {
        try {
            manager.getEvent(new EventId(eventId));
            return true;
        } catch (EventNotFoundException e) {
            return false;
        }
    }

    private List<ProbabilityModel> registerModels(SyntheticSettings settings) {
        List<ProbabilityModel> models = new ArrayList<>();
        for (int model = 1; model <= settings.models(); model++) {
            ModelName name = new ModelName(settings.modelName(model));
            ModelVersion version = ModelVersion.parse("v1.0");
            try {
                models.add(manager.getModel(ModelReference.byName(name, version)));
            } catch (ModelNotFoundException e) {
                Map<String, Object> config = new LinkedHashMap<>();
                config.put("generator", "synthetic forecasts p = sigmoid(s * (logit q + noise))");
                config.put("seed", settings.seed());
                config.put("model_index", model);
                config.put("miscalibration", settings.miscalibration());
                config.put("noise_sd", new BigDecimal("0.3"));
                config.put("decimals", settings.decimals());
                models.add(manager.createModel(new CreateModelCommand(name, version, new ModelClassName("logistic"),
                        settings.domain(), ModelConfig.of(config), ModelStatus.TESTING, "synthetic model " + model,
                        null), ACTOR).model());
            }
        }
        return models;
    }

    /** Draws from the standard normal distribution (Box-Muller). */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Seed of one event's random stream, so that any block can be generated alone. */
    private static long mix(long seed, long event) {
        long z = seed * 0x9E3779B97F4A7C15L + event;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
