package io.precog.models.adapters.rest.problem;

import io.precog.models.domain.error.ConcurrentModificationException;
import io.precog.models.domain.error.DomainException;
import io.precog.models.domain.error.DuplicatePredictionException;
import io.precog.models.domain.error.DuplicateVersionException;
import io.precog.models.domain.error.EventAlreadyResolvedException;
import io.precog.models.domain.error.InvalidStatusTransitionException;
import io.precog.models.domain.error.NotFoundException;
import org.springframework.http.HttpStatus;

/**
 * HTTP status of each domain error: 404 for a reference to nothing, 409 for a request that conflicts with
 * the stored state (a duplicate, a transition the lifecycle forbids, a change that lost a race), and 422
 * for a value that breaks a domain rule.
 */
public final class DomainStatuses {

    private DomainStatuses() {
    }

    public static HttpStatus of(DomainException exception) {
        if (exception instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (exception instanceof DuplicateVersionException
                || exception instanceof DuplicatePredictionException
                || exception instanceof InvalidStatusTransitionException
                || exception instanceof ConcurrentModificationException
                || exception instanceof EventAlreadyResolvedException) {
            return HttpStatus.CONFLICT;
        }
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }
}
