package io.precog.models.adapters.rest.web;

import io.precog.models.domain.model.ModelStatus;

/** Reads optional status names of request bodies. */
final class Statuses {

    private Statuses() {
    }

    /** Parses the status named by {@code text}, or returns null when the text is null. */
    static ModelStatus parseOptional(String text) {
        return text == null ? null : ModelStatus.parse(text);
    }
}
