package io.precog.models.application.port;

import io.precog.models.domain.error.InvalidValueException;

/**
 * One page of a listing.
 *
 * @param page zero-based page number
 * @param size items per page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

    /** Largest page size. */
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new InvalidValueException("page", page, "must be 0 or more; pages are numbered from 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", size, "must be between 1 and " + MAX_SIZE);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
