package io.precog.models.adapters.rest.json;

/**
 * Body of an event resolution.
 *
 * @param resolution yes, no or void
 */
public record ResolutionRequest(String resolution) {
}
