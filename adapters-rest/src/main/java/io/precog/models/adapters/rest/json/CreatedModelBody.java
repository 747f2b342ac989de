package io.precog.models.adapters.rest.json;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.precog.models.application.CreatedModel;
import io.precog.models.domain.model.ModelVersion;
import java.util.List;

/**
 * A newly created model version: every field of {@link ModelBody}, plus the other versions of the same
 * model whose config has the same fingerprint. Such a duplicate config is allowed, and reported here.
 */
public record CreatedModelBody(@JsonUnwrapped ModelBody model, List<String> sameConfigVersions) {

    public static CreatedModelBody of(CreatedModel created) {
        return new CreatedModelBody(ModelBody.of(created.model()),
                created.sameConfigVersions().stream().map(ModelVersion::toString).toList());
    }
}
