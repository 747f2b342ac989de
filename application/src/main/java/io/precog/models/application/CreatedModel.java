package io.precog.models.application;

import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.model.ProbabilityModel;
import java.util.List;

/**
 * A newly created model version.
 *
 * @param sameConfigVersions other versions of the model whose config has the same fingerprint; creating
 *                           one is allowed, and this list reports it
 */
public record CreatedModel(ProbabilityModel model, List<ModelVersion> sameConfigVersions) {

    public CreatedModel {
        sameConfigVersions = List.copyOf(sameConfigVersions);
    }
}
