package io.precog.models.adapters.rest.json;

/**
 * The version suggested after the highest existing version of a model.
 *
 * @param change kind of change: major, minor or patch
 */
public record NextVersionBody(String modelName, String change, String suggestedVersion) {
}
