package io.precog.models.domain.model;

/** Name shared by all versions of one model, such as {@code nfl_elo}. */
public record ModelName(String value) {

    public ModelName {
        Identifiers.requireIdentifier("model_name", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
