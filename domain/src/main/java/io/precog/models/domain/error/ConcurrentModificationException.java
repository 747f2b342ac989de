package io.precog.models.domain.error;

import java.util.Map;

/**
 * A status change that lost a race: the model's status was no longer the one the change started
 * from, because another request changed it first.
 */
public final class ConcurrentModificationException extends DomainException {

    private static final long serialVersionUID = 1L;

    /**
     * @param modelId        the model
     * @param expectedStatus status the change expected to replace, lowercase
     * @param actualStatus   status found when the change was applied, lowercase
     */
    public ConcurrentModificationException(long modelId, String expectedStatus, String actualStatus) {
        super("Model " + modelId + " is now " + actualStatus + ", not " + expectedStatus
                        + ": another request changed it first; read the model again and retry if still wanted",
                Map.of("model_id", modelId, "expected_status", expectedStatus, "actual_status", actualStatus));
    }

    @Override
    public String code() {
        return "concurrent-modification";
    }
}
