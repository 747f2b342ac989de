package io.precog.models.domain.error;

import java.util.Map;

/** A reference to something that does not exist: a model, an event or a prediction. */
public abstract class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    protected NotFoundException(String message, Map<String, ?> details) {
        super(message, details);
    }
}
