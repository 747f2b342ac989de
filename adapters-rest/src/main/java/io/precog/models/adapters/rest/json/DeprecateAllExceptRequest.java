package io.precog.models.adapters.rest.json;

/**
 * Body of a request to deprecate every version of a model but one.
 *
 * @param keepVersion the version that keeps its status
 * @param notes       why; kept in the status history of every deprecated version
 */
public record DeprecateAllExceptRequest(String keepVersion, String notes) {
}
