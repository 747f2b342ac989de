package io.precog.models.domain.model;

/** Market domain that a model forecasts, such as {@code nfl} or {@code elections}. */
public record DomainName(String value) {

    public DomainName {
        Identifiers.requireIdentifier("domain", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
