package io.precog.models.domain.model;

/** Entry of the model class registry. */
public record ModelClass(ModelClassName name, String description) {

    public ModelClass {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null");
        }
        description = TextFields.optional("description", description);
    }
}
