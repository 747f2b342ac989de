package io.precog.models.domain.error;

import java.util.Map;

/** A resolution of an event that already has a different one; resolutions are final. */
public final class EventAlreadyResolvedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public EventAlreadyResolvedException(String eventId, String existing, String requested) {
        super("Event '" + eventId + "' is already resolved as " + existing + ", so it cannot become " + requested
                        + ": resolutions are final", 
                Map.of("event_id", eventId, "resolution", existing, "requested_resolution", requested));
    }

    @Override
    public String code() {
        return "event-already-resolved";
    }
}
