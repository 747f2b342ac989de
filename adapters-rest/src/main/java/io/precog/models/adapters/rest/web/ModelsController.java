package io.precog.models.adapters.rest.web;

import io.precog.models.adapters.rest.json.CloneRequest;
import io.precog.models.adapters.rest.json.ComparisonBody;
import io.precog.models.adapters.rest.json.CreateModelRequest;
import io.precog.models.adapters.rest.json.CreatedModelBody;
import io.precog.models.adapters.rest.json.MetricsRequest;
import io.precog.models.adapters.rest.json.ModelBody;
import io.precog.models.adapters.rest.json.PageBody;
import io.precog.models.adapters.rest.json.StatusChangeBody;
import io.precog.models.adapters.rest.json.StatusChangeRequest;
import io.precog.models.adapters.rest.security.Permissions;
import io.precog.models.application.CreateModelCommand;
import io.precog.models.application.CreatedModel;
import io.precog.models.application.ModelManager;
import io.precog.models.application.port.ModelSearch;
import io.precog.models.application.port.PageRequest;
import io.precog.models.domain.config.ModelConfig;
import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.model.Actor;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.MetricsUpdate;
import io.precog.models.domain.model.ModelClassName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.model.ProbabilityModel;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Model versions by id: create, read, search, change status, metrics and text, compare and clone. */
@RestController
@RequestMapping(path = "/api/v1/models", produces = MediaType.APPLICATION_JSON_VALUE)
public class ModelsController {

    private static final String MODEL_PATH = "/api/v1/models/{model_id}";

    private final ModelManager manager;

    public ModelsController(ModelManager manager) {
        this.manager = manager;
    }

    /** Creates a model version; 201 with its URL in {@code Location}. Creating it as active needs promotion. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<CreatedModelBody> create(@RequestBody CreateModelRequest request, Actor actor) {
        ModelStatus status = Statuses.parseOptional(request.status());
        Permissions.requireForCreation(status);
        CreateModelCommand command = new CreateModelCommand(
                request.modelName() == null ? null : new ModelName(request.modelName()),
                request.modelVersion() == null ? null : ModelVersion.parse(request.modelVersion()),
                request.modelClass() == null ? null : new ModelClassName(request.modelClass()),
                request.domain() == null ? null : new DomainName(request.domain()),
                request.config() == null ? null : ModelConfig.of(request.config()),
                status, request.description(), request.notes());
        return created(manager.createModel(command, actor));
    }

    @GetMapping("/{model_id}")
    public ModelBody get(@PathVariable("model_id") long modelId) {
        return ModelBody.of(manager.getModel(modelId));
    }

    /** Versions matching every given criterion, ordered by model id, one page at a time. */
    @GetMapping
    public PageBody<ModelBody> search(@RequestParam(required = false) String status,
                                      @RequestParam(required = false) String domain,
                                      @RequestParam(name = "model_class", required = false) String modelClass,
                                      @RequestParam(required = false) String name,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size) {
        ModelSearch criteria = new ModelSearch(Statuses.parseOptional(status),
                domain == null ? null : new DomainName(domain),
                modelClass == null ? null : new ModelClassName(modelClass),
                name == null ? null : new ModelName(name));
        return PageBody.of(manager.searchModels(criteria, new PageRequest(page, size)), ModelBody::of);
    }

    /** The active versions, of one domain when given, ordered by name then version. */
    @GetMapping("/active")
    public List<ModelBody> active(@RequestParam(required = false) String domain) {
        List<ProbabilityModel> models = domain == null ? manager.getActiveModels()
                : manager.getActiveModels(new DomainName(domain));
        return models.stream().map(ModelBody::of).toList();
    }

    /**
     * Moves a version to another status. Moves to active or deprecated need {@code models.promote}, others
     * {@code models.write}.
     */
    @PostMapping(path = "/{model_id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ModelBody changeStatus(@PathVariable("model_id") long modelId, @RequestBody StatusChangeRequest request,
                                  Actor actor) {
        if (request.status() == null) {
            throw new InvalidValueException("status", null, "missing; give the status to move to");
        }
        ModelStatus target = ModelStatus.parse(request.status());
        Permissions.requireForStatusChange(target);
        return ModelBody.of(manager.updateStatus(modelId, target, Statuses.parseOptional(request.expectedStatus()),
                request.notes(), actor));
    }

    @GetMapping("/{model_id}/status-history")
    public List<StatusChangeBody> statusHistory(@PathVariable("model_id") long modelId) {
        return manager.statusHistory(modelId).stream().map(StatusChangeBody::of).toList();
    }

    /** Records validation metrics exactly as given; an omitted metric keeps its value. */
    @PostMapping(path = "/{model_id}/metrics", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ModelBody updateMetrics(@PathVariable("model_id") long modelId, @RequestBody MetricsRequest request,
                                   Actor actor) {
        MetricsUpdate update = new MetricsUpdate(request.validationCalibration(), request.validationAccuracy(),
                request.validationSampleSize());
        return ModelBody.of(manager.updateMetrics(modelId, update, actor));
    }

    /**
     * Changes the description or notes of a version. Any other field is rejected: immutable ones with 422,
     * status and metrics because they have their own endpoints, unknown ones with 400.
     */
    @PatchMapping(path = "/{model_id}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    public ModelBody update(@PathVariable("model_id") long modelId, @RequestBody Map<String, Object> changes,
                            Actor actor) {
        TextChanges text = TextChanges.of(changes);
        return ModelBody.of(manager.updateDescription(modelId, text.description(), text.notes(), actor));
    }

    /** Compares two versions' configs and their forecasts on the resolved events both predicted. */
    @GetMapping("/{model_id}/compare/{other_model_id}")
    public ComparisonBody compare(@PathVariable("model_id") long modelId,
                                  @PathVariable("other_model_id") long otherModelId) {
        return ComparisonBody.of(manager.compareVersions(modelId, otherModelId));
    }

    /** Creates a new version of the same model from this one's config with changes; 201 with its URL. */
    @PostMapping(path = "/{model_id}/clone", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<CreatedModelBody> cloneWithChanges(@PathVariable("model_id") long modelId,
                                                             @RequestBody CloneRequest request, Actor actor) {
        ModelStatus status = Statuses.parseOptional(request.status());
        Permissions.requireForCreation(status);
        if (request.modelVersion() == null) {
            throw new InvalidValueException("model_version", null, "missing; give the version to create");
        }
        return created(manager.cloneWithChanges(modelId, ModelVersion.parse(request.modelVersion()),
                request.configChanges(), status, request.description(), request.notes(), actor));
    }

    private static ResponseEntity<CreatedModelBody> created(CreatedModel created) {
        return ResponseEntity.created(Locations.of(MODEL_PATH, created.model().modelId()))
                .body(CreatedModelBody.of(created));
    }
}
