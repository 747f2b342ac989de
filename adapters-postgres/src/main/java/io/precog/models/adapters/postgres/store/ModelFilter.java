package io.precog.models.adapters.postgres.store;

import io.precog.models.application.port.ModelSearch;

/** The criteria of a model search as column values; a null criterion matches every row. */
record ModelFilter(String status, String domain, String modelClass, String modelName) {

    static ModelFilter of(ModelSearch search) {
        return new ModelFilter(search.status() == null ? null : search.status().wireName(),
                search.domain() == null ? null : search.domain().value(),
                search.modelClass() == null ? null : search.modelClass().value(),
                search.name() == null ? null : search.name().value());
    }
}
