package io.precog.models.adapters.postgres.store;

import io.precog.models.application.port.Events;
import io.precog.models.domain.error.EventAlreadyResolvedException;
import io.precog.models.domain.error.EventNotFoundException;
import io.precog.models.domain.prediction.Event;
import io.precog.models.domain.prediction.EventId;
import java.util.Optional;

/** Events and their resolutions in {@code events}. */
public final class PostgresEvents implements Events {

    private final Transactions transactions;

    PostgresEvents(Transactions transactions) {
        this.transactions = transactions;
    }

    /** {@inheritDoc} The event is stored with the resolution it has, pending or not. */
    @Override
    public boolean insert(Event event) {
        EventRow row = EventRow.of(event);
        return transactions.write("store event " + event.id(), session ->
                session.getMapper(EventMapper.class).insertIfAbsent(row) == 1, ErrorTranslation.NONE);
    }

    @Override
    public Optional<Event> find(EventId id) {
        return transactions.read("read event " + id, session ->
                Optional.ofNullable(session.getMapper(EventMapper.class).find(id.value())).map(EventRow::toEvent));
    }

    /**
     * {@inheritDoc}
     *
     * <p>The update applies only while the stored resolution is pending. When another request stored
     * the same resolution first, nothing changes and nothing is thrown, as resolving an event again
     * the same way is no change.
     *
     * @throws EventNotFoundException when no event has the id
     */
    @Override
    public void resolve(Event resolved) {
        EventRow row = EventRow.of(resolved);
        transactions.write("resolve event " + resolved.id(), session -> {
            EventMapper events = session.getMapper(EventMapper.class);
            int updated = events.resolveIfPending(row);
            if (updated == 0) {
                EventRow stored = events.find(row.eventId());
                if (stored == null) {
                    throw new EventNotFoundException(row.eventId());
                }
                if (!stored.resolution().equals(row.resolution())) {
                    throw new EventAlreadyResolvedException(row.eventId(), stored.resolution(), row.resolution());
                }
            }
            return updated;
        }, ErrorTranslation.NONE);
    }
}
