package io.precog.models.adapters.rest.json;

import java.util.Map;

/**
 * Body of a request to create a model version. {@code created_by} is not part of it: the creator is the
 * authenticated caller.
 *
 * @param config JSON object of exact numbers, strings, booleans, lists and objects
 * @param status first status: draft (when omitted), testing or active
 */
public record CreateModelRequest(String modelName, String modelVersion, String modelClass, String domain,
                                 Map<String, Object> config, String status, String description, String notes) {
}
