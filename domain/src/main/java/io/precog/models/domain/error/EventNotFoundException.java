package io.precog.models.domain.error;

import java.util.Map;

/** No event with the given id. */
public final class EventNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public EventNotFoundException(String eventId) {
        super("No event with event_id '" + eventId + "': record the event before its predictions or resolution",
                Map.of("event_id", eventId));
    }

    @Override
    public String code() {
        return "event-not-found";
    }
}
