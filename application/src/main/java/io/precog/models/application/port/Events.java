package io.precog.models.application.port;

import io.precog.models.domain.error.EventAlreadyResolvedException;
import io.precog.models.domain.prediction.Event;
import io.precog.models.domain.prediction.EventId;
import java.util.Optional;

/** Stores events and their resolutions. */
public interface Events {

    /** Stores a new event; returns false, changing nothing, when an event with its id exists. */
    boolean insert(Event event);

    Optional<Event> find(EventId id);

    /**
     * Stores the resolution of {@code resolved} if the stored event is still pending.
     *
     * @throws EventAlreadyResolvedException when another resolution was stored first
     */
    void resolve(Event resolved);
}
