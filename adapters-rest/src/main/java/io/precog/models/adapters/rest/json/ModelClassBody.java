package io.precog.models.adapters.rest.json;

import io.precog.models.domain.model.ModelClass;

/** An entry of the model class registry; also the body of a request to add one. */
public record ModelClassBody(String name, String description) {

    public static ModelClassBody of(ModelClass modelClass) {
        return new ModelClassBody(modelClass.name().value(), modelClass.description());
    }
}
