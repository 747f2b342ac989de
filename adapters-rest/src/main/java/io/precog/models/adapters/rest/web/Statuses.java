package io.precog.models.adapters.rest.web;

import io.precog.models.domain.model.ModelStatus;

/** Reads optional status names of request bodies. */
final class Statuses {

    private Statuses() {
    }

    /** The status named by {@code text}, or null when the text is null. */
    static ModelStatus parseOptional(String text) {
        return text == null ? null : ModelStatus.parse(text);
    }
}
