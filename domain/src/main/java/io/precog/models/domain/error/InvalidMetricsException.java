package io.precog.models.domain.error;

import java.util.LinkedHashMap;
import java.util.Map;

/** Validation metrics that are missing or out of range. */
public final class InvalidMetricsException extends DomainException {

    private static final long serialVersionUID = 1L;

    /**
     * @param field  metric name, such as {@code validation_accuracy}; {@code ""} when no metric was given
     * @param value  the offending value as given, or {@code null}
     * @param reason what is wrong and the accepted range
     */
    public InvalidMetricsException(String field, Object value, String reason) {
        super("Invalid metrics" + (field.isEmpty() ? "" : ": " + field + " = " + value) + ": " + reason,
                details(field, value, reason));
    }

    private static Map<String, Object> details(String field, Object value, String reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", field);
        details.put("value", value == null ? null : value.toString());
        details.put("reason", reason);
        return details;
    }

    @Override
    public String code() {
        return "invalid-metrics";
    }
}
