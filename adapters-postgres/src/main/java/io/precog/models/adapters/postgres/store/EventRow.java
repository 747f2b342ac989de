package io.precog.models.adapters.postgres.store;

import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.prediction.Event;
import io.precog.models.domain.prediction.EventId;
import io.precog.models.domain.prediction.Resolution;
import java.time.Instant;

/** A row of {@code events}. */
record EventRow(String eventId, String domain, String description, Instant startsAt, String resolution,
                Instant resolvedAt) {

    static EventRow of(Event event) {
        return new EventRow(event.id().value(), event.domain().value(), event.description(), event.startsAt(),
                event.resolution().wireName(), event.resolvedAt());
    }

    Event toEvent() {
        return new Event(new EventId(eventId), new DomainName(domain), description, startsAt,
                Resolution.parse(resolution), resolvedAt);
    }
}
