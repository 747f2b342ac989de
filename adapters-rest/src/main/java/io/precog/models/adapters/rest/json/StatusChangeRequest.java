package io.precog.models.adapters.rest.json;

/**
 * Body of a status change.
 *
 * @param expectedStatus status the caller believes the model has; when given and the model has another,
 *                       nothing changes and the response is a conflict
 * @param notes          why the status changes; kept in the status history
 */
public record StatusChangeRequest(String status, String expectedStatus, String notes) {
}
