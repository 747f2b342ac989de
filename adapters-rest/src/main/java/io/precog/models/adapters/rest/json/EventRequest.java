package io.precog.models.adapters.rest.json;

import java.time.Instant;

/**
 * Body of a request to record a new, pending event.
 *
 * @param eventId  stable external id such as {@code nfl-2019-09-05-chi-gb}
 * @param startsAt ISO-8601 instant such as {@code 2019-09-05T20:20:00Z}; may be omitted
 */
public record EventRequest(String eventId, String domain, String description, Instant startsAt) {
}
