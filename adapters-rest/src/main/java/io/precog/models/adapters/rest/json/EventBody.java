package io.precog.models.adapters.rest.json;

import io.precog.models.domain.prediction.Event;
import java.time.Instant;

/**
 * An event and its resolution.
 *
 * @param resolution pending, yes, no or void
 */
public record EventBody(String eventId, String domain, String description, Instant startsAt, String resolution,
                        Instant resolvedAt) {

    public static EventBody of(Event event) {
        return new EventBody(event.id().value(), event.domain().value(), event.description(), event.startsAt(),
                event.resolution().wireName(), event.resolvedAt());
    }
}
