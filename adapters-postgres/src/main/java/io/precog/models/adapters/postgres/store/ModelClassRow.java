package io.precog.models.adapters.postgres.store;

import io.precog.models.domain.model.ModelClass;
import io.precog.models.domain.model.ModelClassName;

/** A row of {@code model_classes}. */
record ModelClassRow(String name, String description) {

    ModelClass toModelClass() {
        return new ModelClass(new ModelClassName(name), description);
    }
}
