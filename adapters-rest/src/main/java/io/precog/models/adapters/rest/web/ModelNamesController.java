package io.precog.models.adapters.rest.web;

import io.precog.models.adapters.rest.json.DeprecateAllExceptRequest;
import io.precog.models.adapters.rest.json.ModelBody;
import io.precog.models.adapters.rest.json.NextVersionBody;
import io.precog.models.application.ModelManager;
import io.precog.models.application.ModelReference;
import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.model.Actor;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.model.VersionBump;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A model by name: its versions, one version by name and version, the next version, deprecate-all-except. */
@RestController
@RequestMapping(path = "/api/v1/model-names/{model_name}", produces = MediaType.APPLICATION_JSON_VALUE)
public class ModelNamesController {

    private final ModelManager manager;

    public ModelNamesController(ModelManager manager) {
        this.manager = manager;
    }

    /** Every version of the model, in creation order. */
    @GetMapping("/versions")
    public List<ModelBody> versions(@PathVariable("model_name") String modelName) {
        return manager.listModelVersions(new ModelName(modelName)).stream().map(ModelBody::of).toList();
    }

    /** Finds one version by name and version; {@code v1.0} also finds {@code v1.0.0}. */
    @GetMapping("/versions/{model_version}")
    public ModelBody version(@PathVariable("model_name") String modelName,
                             @PathVariable("model_version") String modelVersion) {
        return ModelBody.of(manager.getModel(ModelReference.of(null, modelName, modelVersion)));
    }

    /** The version to use after the highest existing one for a change of the given kind. */
    @GetMapping("/next-version")
    public NextVersionBody nextVersion(@PathVariable("model_name") String modelName, @RequestParam String change) {
        VersionBump bump = bump(change);
        ModelVersion next = manager.suggestNextVersion(new ModelName(modelName), bump);
        return new NextVersionBody(modelName, bump.name().toLowerCase(Locale.ROOT), next.toString());
    }

    /** Deprecates every version that is not deprecated yet, except the one to keep; returns those deprecated. */
    @PostMapping(path = "/deprecate-all-except", consumes = MediaType.APPLICATION_JSON_VALUE)
    public List<ModelBody> deprecateAllExcept(@PathVariable("model_name") String modelName,
                                              @RequestBody DeprecateAllExceptRequest request, Actor actor) {
        if (request.keepVersion() == null) {
            throw new InvalidValueException("keep_version", null, "missing; give the version to keep");
        }
        return manager.deprecateAllExcept(new ModelName(modelName), ModelVersion.parse(request.keepVersion()),
                request.notes(), actor).stream().map(ModelBody::of).toList();
    }

    private static VersionBump bump(String change) {
        for (VersionBump bump : VersionBump.values()) {
            if (bump.name().toLowerCase(Locale.ROOT).equals(change)) {
                return bump;
            }
        }
        throw new InvalidValueException("change", change.length() <= 40 ? change : change.substring(0, 40) + "...",
                "use major, minor or patch");
    }
}
