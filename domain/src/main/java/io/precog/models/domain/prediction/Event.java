package io.precog.models.domain.prediction;

import io.precog.models.domain.error.EventAlreadyResolvedException;
import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.TextFields;
import io.precog.models.domain.model.Timestamps;
import java.time.Instant;

/**
 * Something a model forecasts, such as a game or a market.
 *
 * @param startsAt   when the event starts; may be null when unknown
 * @param resolvedAt when the resolution became known; null exactly when the resolution is pending
 */
public record Event(EventId id, DomainName domain, String description, Instant startsAt, Resolution resolution,
                    Instant resolvedAt) {

    public Event {
        if (id == null || domain == null || resolution == null) {
            throw new InvalidValueException(id == null ? "event_id" : domain == null ? "domain" : "resolution", null,
                    "missing; an event needs an id, a domain and a resolution");
        }
        description = TextFields.optional("description", description);
        startsAt = Timestamps.storable("starts_at", startsAt);
        resolvedAt = Timestamps.storable("resolved_at", resolvedAt);
        if ((resolution == Resolution.PENDING) != (resolvedAt == null)) {
            throw new InvalidValueException("resolved_at", resolvedAt,
                    "a resolved event needs the time it was resolved, and a pending one has none");
        }
    }

    /** Creates an event that is not resolved yet. */
    public static Event pending(EventId id, DomainName domain, String description, Instant startsAt) {
        return new Event(id, domain, description, startsAt, Resolution.PENDING, null);
    }

    /**
     * Resolves the event. Resolving again with the same resolution returns the event unchanged.
     *
     * @throws EventAlreadyResolvedException when the event already has a different resolution
     * @throws InvalidValueException         when {@code resolution} is pending
     */
    public Event resolve(Resolution newResolution, Instant at) {
        if (newResolution == null || newResolution == Resolution.PENDING) {
            throw new InvalidValueException("resolution", newResolution, "resolve an event as yes, no or void");
        }
        if (resolution == newResolution) {
            return this;
        }
        if (resolution != Resolution.PENDING) {
            throw new EventAlreadyResolvedException(id.value(), resolution.wireName(), newResolution.wireName());
        }
        return new Event(id, domain, description, startsAt, newResolution, at);
    }
}
