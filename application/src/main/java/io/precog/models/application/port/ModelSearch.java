package io.precog.models.application.port;

import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelClassName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;

/** Criteria of a model search; a null criterion matches every version. */
public record ModelSearch(ModelStatus status, DomainName domain, ModelClassName modelClass, ModelName name) {

    /** Matches every version. */
    public static final ModelSearch ALL = new ModelSearch(null, null, null, null);
}
