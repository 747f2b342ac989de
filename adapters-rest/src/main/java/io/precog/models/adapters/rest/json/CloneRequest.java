package io.precog.models.adapters.rest.json;

import java.util.Map;

/**
 * Body of a request to create a new version from an existing one.
 *
 * @param configChanges JSON merge patch (RFC 7396) applied to the source config: objects merge, a null
 *                      removes the key, any other value replaces it
 * @param status        first status of the new version: draft (when omitted), testing or active
 * @param description   description of the new version; the source's when omitted
 */
public record CloneRequest(String modelVersion, Map<String, Object> configChanges, String status,
                           String description, String notes) {
}
