package io.precog.models.domain.model;

import io.precog.models.domain.error.InvalidValueException;

/** Identity of the caller who makes a change, taken from the caller's authentication, never from request data. */
public record Actor(String id) {

    public Actor {
        if (id == null || id.isBlank()) {
            throw new InvalidValueException("actor", id, "missing; every change needs an authenticated caller");
        }
        if (id.length() > TextFields.MAX_ACTOR_LENGTH) {
            throw new InvalidValueException("actor", Identifiers.abbreviate(id),
                    "is " + id.length() + " characters long; the maximum is " + TextFields.MAX_ACTOR_LENGTH);
        }
        TextFields.requireStorable("actor", id);
    }

    @Override
    public String toString() {
        return id;
    }
}
