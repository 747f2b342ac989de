package io.precog.models.domain.model;

/** Kind of algorithm behind a model, such as {@code elo} or {@code xgboost}; the valid ones live in a registry. */
public record ModelClassName(String value) {

    public ModelClassName {
        Identifiers.requireIdentifier("model_class", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
