package io.precog.models.domain.error;

import java.util.List;
import java.util.Map;

/** A status change that the lifecycle table does not allow from the model's current status. */
public final class InvalidStatusTransitionException extends DomainException {

    private static final long serialVersionUID = 1L;

    /**
     * @param from    current status, lowercase
     * @param to      requested status, lowercase
     * @param allowed statuses reachable from {@code from}, lowercase; empty when {@code from} is terminal
     */
    public InvalidStatusTransitionException(String from, String to, List<String> allowed) {
        super("Cannot change status from " + from + " to " + to + ": "
                        + (allowed.isEmpty()
                                ? from + " is terminal, so create a new version to use this config again"
                                : "allowed from " + from + " are " + String.join(", ", allowed)),
                Map.of("from", from, "to", to, "allowed", List.copyOf(allowed)));
    }

    @Override
    public String code() {
        return "invalid-status-transition";
    }
}
