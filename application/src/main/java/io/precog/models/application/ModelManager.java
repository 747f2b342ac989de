package io.precog.models.application;

import io.precog.models.application.port.Events;
import io.precog.models.application.port.LoadModels;
import io.precog.models.application.port.ModelClasses;
import io.precog.models.application.port.ModelSearch;
import io.precog.models.application.port.Page;
import io.precog.models.application.port.PageRequest;
import io.precog.models.application.port.Predictions;
import io.precog.models.application.port.RecordStatusChanges;
import io.precog.models.application.port.SaveModels;
import io.precog.models.application.port.ValidationRuns;
import io.precog.models.domain.calibration.PairedComparison;
import io.precog.models.domain.config.ModelConfig;
import io.precog.models.domain.error.ConcurrentModificationException;
import io.precog.models.domain.error.EventNotFoundException;
import io.precog.models.domain.error.InvalidStatusTransitionException;
import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.error.ModelNotFoundException;
import io.precog.models.domain.error.PredictionNotFoundException;
import io.precog.models.domain.error.UnknownModelClassException;
import io.precog.models.domain.model.Actor;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.MetricsUpdate;
import io.precog.models.domain.model.ModelClass;
import io.precog.models.domain.model.ModelClassName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.model.NewModel;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.StatusChange;
import io.precog.models.domain.model.StatusTransition;
import io.precog.models.domain.model.ValidationRun;
import io.precog.models.domain.model.VersionBump;
import io.precog.models.domain.prediction.Event;
import io.precog.models.domain.prediction.EventId;
import io.precog.models.domain.prediction.Prediction;
import io.precog.models.domain.prediction.Resolution;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The model manager's use cases: creating and versioning models, moving them through their lifecycle,
 * recording their metrics, events and predictions, and tracing a prediction back to its config.
 *
 * <p>Every change takes the {@link Actor} of the authenticated caller. Invalid arguments raise the
 * domain exceptions of {@code io.precog.models.domain.error} and leave storage unchanged.
 */
public final class ModelManager {

    private final LoadModels loadModels;
    private final SaveModels saveModels;
    private final RecordStatusChanges statusChanges;
    private final ModelClasses modelClasses;
    private final Events events;
    private final Predictions predictions;
    private final ValidationRuns validationRuns;
    private final Clock clock;

    public ModelManager(ModelPorts ports, Clock clock) {
        this.loadModels = ports.loadModels();
        this.saveModels = ports.saveModels();
        this.statusChanges = ports.statusChanges();
        this.modelClasses = ports.modelClasses();
        this.events = ports.events();
        this.predictions = ports.predictions();
        this.validationRuns = ports.validationRuns();
        // Storage keeps microseconds, so the times the manager stamps are cut to microseconds as well.
        this.clock = Clock.tick(Objects.requireNonNull(clock, "clock"), Duration.ofNanos(1_000));
    }

    /**
     * Creates a model version.
     *
     * @throws io.precog.models.domain.error.DuplicateVersionException when the version exists, in any writing
     * @throws UnknownModelClassException listing the valid classes
     */
    public CreatedModel createModel(CreateModelCommand command, Actor actor) {
        requireKnownClass(command.modelClass());
        NewModel model = NewModel.create(command.name(), command.version(), command.modelClass(), command.domain(),
                command.config(), command.status(), command.description(), command.notes(), actor, clock);
        List<ModelVersion> sameConfig = loadModels.listVersions(command.name()).stream()
                .filter(existing -> existing.config().fingerprint().equals(command.config().fingerprint()))
                .map(ProbabilityModel::version)
                .toList();
        return new CreatedModel(saveModels.insert(model), sameConfig);
    }

    /**
     * Finds a model version by id, or by name and version.
     *
     * @throws ModelNotFoundException when no version matches
     */
    public ProbabilityModel getModel(ModelReference reference) {
        if (reference.modelId() != null) {
            return getModel(reference.modelId());
        }
        return loadModels.findByNameAndVersion(reference.name(), reference.version())
                .orElseThrow(() -> ModelNotFoundException.byName(reference.name().value(),
                        reference.version().toString()));
    }

    /** @throws ModelNotFoundException when no version has the id */
    public ProbabilityModel getModel(long modelId) {
        return loadModels.findById(modelId).orElseThrow(() -> ModelNotFoundException.byId(modelId));
    }

    /** Active versions of every domain, ordered by name then version. */
    public List<ProbabilityModel> getActiveModels() {
        return loadModels.findActive(Optional.empty());
    }

    /** Active versions of one domain, ordered by name then version. */
    public List<ProbabilityModel> getActiveModels(DomainName domain) {
        return loadModels.findActive(Optional.of(domain));
    }

    /** Returns one page of the versions matching every given criterion, ordered by model id. */
    public Page<ProbabilityModel> searchModels(ModelSearch criteria, PageRequest page) {
        return loadModels.search(criteria, page);
    }

    /**
     * Moves a model version to a new status, recording the change in its history.
     *
     * @param expectedStatus status the caller believes the model has; null to accept any current status
     * @param notes          why the status changes; may be null
     * @throws InvalidStatusTransitionException when the lifecycle does not allow the move
     * @throws ConcurrentModificationException  when the model is not in {@code expectedStatus}, or another
     *                                          request changed its status first
     */
    public ProbabilityModel updateStatus(long modelId, ModelStatus newStatus, ModelStatus expectedStatus,
                                         String notes, Actor actor) {
        if (newStatus == null) {
            throw new InvalidValueException("status", null, "missing; give the status to move to");
        }
        ProbabilityModel current = getModel(modelId);
        if (expectedStatus != null && current.status() != expectedStatus) {
            throw new ConcurrentModificationException(modelId, expectedStatus.wireName(),
                    current.status().wireName());
        }
        StatusTransition transition = current.transitionTo(newStatus, actor, notes, clock);
        statusChanges.apply(transition);
        return transition.model();
    }

    /** Status changes of a model version, oldest first. */
    public List<StatusChange> statusHistory(long modelId) {
        getModel(modelId);
        return statusChanges.history(modelId);
    }

    /** Records validation metrics given by a caller, exactly as given, and sets {@code last_validated_at}. */
    public ProbabilityModel updateMetrics(long modelId, MetricsUpdate update, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        ProbabilityModel updated = getModel(modelId).withMetrics(update, clock);
        saveModels.updateMetrics(updated);
        return updated;
    }

    /** Replaces the description and notes of a version; a null argument keeps the current value. */
    public ProbabilityModel updateDescription(long modelId, String description, String notes, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (description == null && notes == null) {
            throw new InvalidValueException("description", null, "missing; give a description, notes or both");
        }
        ProbabilityModel updated = getModel(modelId).withText(description, notes, clock);
        saveModels.updateText(updated);
        return updated;
    }

    /**
     * Every version of a model, in creation order.
     *
     * @throws ModelNotFoundException when no version has the name
     */
    public List<ProbabilityModel> listModelVersions(ModelName name) {
        List<ProbabilityModel> versions = loadModels.listVersions(name);
        if (versions.isEmpty()) {
            throw ModelNotFoundException.byName(name.value());
        }
        return versions;
    }

    /**
     * Suggests the version after the highest existing one for a change of the given kind: after
     * {@code v1.2}, {@code v2.0} for a major change, {@code v1.3} for a minor one, {@code v1.2.1} for a patch.
     */
    public ModelVersion suggestNextVersion(ModelName name, VersionBump bump) {
        return listModelVersions(name).stream()
                .map(ProbabilityModel::version)
                .max(Comparator.naturalOrder())
                .orElseThrow()
                .next(bump);
    }

    /** Compares two versions' configs and their forecasts on the resolved events both predicted. */
    public VersionComparison compareVersions(long modelIdA, long modelIdB) {
        ProbabilityModel versionA = getModel(modelIdA);
        ProbabilityModel versionB = getModel(modelIdB);
        List<ConfigDifference> differences = ConfigDifferences.between(versionA.config(), versionB.config());
        Optional<PairedComparison> forecasts = PairedComparison.of(
                predictions.pairedOnResolvedEvents(modelIdA, modelIdB));
        return new VersionComparison(versionA, versionB, differences, forecasts);
    }

    /**
     * Creates a new version of the same model from an existing version's config with changes applied as a
     * JSON merge patch (RFC 7396: nested objects merge, a null value removes the key).
     *
     * @param status first status of the new version; null means draft
     */
    public CreatedModel cloneWithChanges(long sourceModelId, ModelVersion newVersion, Map<String, ?> configChanges,
                                         ModelStatus status, String description, String notes, Actor actor) {
        ProbabilityModel source = getModel(sourceModelId);
        ModelConfig config = source.config().withChanges(configChanges);
        return createModel(new CreateModelCommand(source.name(), newVersion, source.modelClass(), source.domain(),
                config, status, description != null ? description : source.description(), notes), actor);
    }

    /**
     * Deprecates every version of the model that is not deprecated yet, except {@code keep}.
     *
     * @return the versions deprecated, in creation order
     * @throws ModelNotFoundException when the model has no version {@code keep}
     */
    public List<ProbabilityModel> deprecateAllExcept(ModelName name, ModelVersion keep, String notes, Actor actor) {
        List<ProbabilityModel> versions = listModelVersions(name);
        if (versions.stream().noneMatch(version -> version.version().equals(keep))) {
            throw ModelNotFoundException.byName(name.value(), keep.toString());
        }
        List<ProbabilityModel> deprecated = new ArrayList<>();
        for (ProbabilityModel version : versions) {
            if (!version.version().equals(keep) && version.status() != ModelStatus.DEPRECATED) {
                deprecated.add(updateStatus(version.modelId(), ModelStatus.DEPRECATED, version.status(), notes,
                        actor));
            }
        }
        return deprecated;
    }

    /** Lists every registered model class, ordered by name. */
    public List<ModelClass> listModelClasses() {
        return modelClasses.list();
    }

    /** Registers a model class; returns false, changing nothing, when it already exists. */
    public boolean addModelClass(ModelClass modelClass, Actor actor) {
        return modelClasses.add(modelClass, actor);
    }

    /** Records a new, pending event; returns false, changing nothing, when the id is already recorded. */
    public boolean recordEvent(Event event) {
        if (event.resolution() != Resolution.PENDING) {
            throw new InvalidValueException("resolution", event.resolution(),
                    "record the event as pending, then resolve it");
        }
        return events.insert(event);
    }

    /** @throws EventNotFoundException when no event has the id */
    public Event getEvent(EventId id) {
        return events.find(id).orElseThrow(() -> new EventNotFoundException(id.value()));
    }

    /**
     * Resolves an event as yes, no or void. Repeating the same resolution changes nothing.
     *
     * @throws io.precog.models.domain.error.EventAlreadyResolvedException when it has another resolution
     */
    public Event resolveEvent(EventId id, Resolution resolution, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Event current = getEvent(id);
        Event resolved = current.resolve(resolution, clock.instant());
        if (resolved != current) {
            events.resolve(resolved);
        }
        return resolved;
    }

    /**
     * Records one prediction of a model version that is not deprecated, made before its event resolved.
     *
     * @throws EventNotFoundException when the event is not recorded
     * @throws InvalidValueException  when the prediction is dated in the future or at or after the event's
     *                                resolution, or the version is deprecated
     */
    public Prediction recordPrediction(NewPrediction prediction, Actor actor) {
        requirePredicting(prediction.modelId());
        Prediction row = toPrediction(prediction, actor);
        Event event = getEvent(prediction.eventId());
        if (event.resolvedAt() != null && !row.predictedAt().isBefore(event.resolvedAt())) {
            throw new InvalidValueException("predicted_at", row.predictedAt(), "event " + event.id()
                    + " was resolved at " + event.resolvedAt()
                    + "; a prediction must be made before its event resolves");
        }
        return predictions.insert(row);
    }

    /**
     * Records many predictions in one transaction: all of them or none.
     *
     * @return the number recorded
     */
    public int recordPredictions(List<NewPrediction> batch, Actor actor) {
        if (batch.isEmpty()) {
            throw new InvalidValueException("predictions", "[]", "empty; give at least one prediction");
        }
        List<Prediction> rows = new ArrayList<>(batch.size());
        Set<Long> checked = new HashSet<>();
        for (NewPrediction prediction : batch) {
            if (checked.add(prediction.modelId())) {
                requirePredicting(prediction.modelId());
            }
            rows.add(toPrediction(prediction, actor));
        }
        return predictions.insertAll(rows);
    }

    /** The chain from a prediction to the model version that made it and that version's config. */
    public PredictionAttribution attribution(long predictionId) {
        Prediction prediction = predictions.find(predictionId)
                .orElseThrow(() -> new PredictionNotFoundException(predictionId));
        return new PredictionAttribution(prediction, getModel(prediction.modelId()));
    }

    /** Validation runs of a model version, newest first. */
    public List<ValidationRun> validationHistory(long modelId) {
        getModel(modelId);
        return validationRuns.history(modelId);
    }

    private void requirePredicting(long modelId) {
        if (getModel(modelId).status() == ModelStatus.DEPRECATED) {
            throw new InvalidValueException("model_id", modelId,
                    "the model version is deprecated and takes no new predictions; use an active version");
        }
    }

    /** Dates the prediction now unless the caller dated it; a date in the future is rejected. */
    private Prediction toPrediction(NewPrediction prediction, Actor actor) {
        Instant now = clock.instant();
        Instant predictedAt = prediction.predictedAt() != null ? prediction.predictedAt() : now;
        if (predictedAt.isAfter(now)) {
            throw new InvalidValueException("predicted_at", predictedAt,
                    "is in the future (now is " + now + "); give the time the forecast was made");
        }
        return new Prediction(0, prediction.modelId(), prediction.eventId(), prediction.probability(), predictedAt,
                actor, now);
    }

    private void requireKnownClass(ModelClassName modelClass) {
        if (!modelClasses.exists(modelClass)) {
            throw new UnknownModelClassException(modelClass.value(),
                    modelClasses.list().stream().map(known -> known.name().value()).toList());
        }
    }
}
