package io.precog.models.adapters.postgres.store;

/** Statements on {@code events}; the SQL is in {@code EventMapper.xml}. */
interface EventMapper {

    /** Inserts the event unless one with its id exists; returns the number of rows inserted, 0 or 1. */
    int insertIfAbsent(EventRow row);

    EventRow find(String eventId);

    /** Stores the row's resolution only while the stored one is pending; returns the rows changed, 0 or 1. */
    int resolveIfPending(EventRow row);
}
