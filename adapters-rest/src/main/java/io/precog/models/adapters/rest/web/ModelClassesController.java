package io.precog.models.adapters.rest.web;

import io.precog.models.adapters.rest.json.ModelClassBody;
import io.precog.models.adapters.rest.problem.ApiProblemException;
import io.precog.models.adapters.rest.problem.ProblemTypes;
import io.precog.models.application.ModelManager;
import io.precog.models.domain.model.Actor;
import io.precog.models.domain.model.ModelClass;
import io.precog.models.domain.model.ModelClassName;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The model class registry; adding a class needs {@code models.admin}. */
@RestController
@RequestMapping(path = "/api/v1/model-classes", produces = MediaType.APPLICATION_JSON_VALUE)
public class ModelClassesController {

    private final ModelManager manager;

    public ModelClassesController(ModelManager manager) {
        this.manager = manager;
    }

    /** Lists every registered class, ordered by name. */
    @GetMapping
    public List<ModelClassBody> list() {
        return manager.listModelClasses().stream().map(ModelClassBody::of).toList();
    }

    @GetMapping("/{name}")
    public ModelClassBody get(@PathVariable String name) {
        ModelClassName className = new ModelClassName(name);
        return manager.listModelClasses().stream()
                .filter(modelClass -> modelClass.name().equals(className))
                .findFirst()
                .map(ModelClassBody::of)
                .orElseThrow(() -> new ApiProblemException(HttpStatus.NOT_FOUND, ProblemTypes.MODEL_CLASS_NOT_FOUND,
                        "No model class '" + name + "'", Map.of("model_class", name)));
    }

    /** Registers a class; 201 with its URL, or 409 when it exists. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<ModelClassBody> add(@RequestBody ModelClassBody request, Actor actor) {
        ModelClass modelClass = new ModelClass(new ModelClassName(request.name()), request.description());
        if (!manager.addModelClass(modelClass, actor)) {
            throw new ApiProblemException(HttpStatus.CONFLICT, ProblemTypes.DUPLICATE_MODEL_CLASS,
                    "Model class '" + request.name() + "' already exists", Map.of("model_class", request.name()));
        }
        return ResponseEntity.created(Locations.of("/api/v1/model-classes/{name}", request.name()))
                .body(ModelClassBody.of(modelClass));
    }
}
