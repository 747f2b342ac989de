package io.precog.models.domain.error;

import java.util.LinkedHashMap;
import java.util.Map;

/** An argument that breaks a domain rule other than config and metric rules: a name, a version, a probability. */
public final class InvalidValueException extends DomainException {

    private static final long serialVersionUID = 1L;

    /**
     * @param field  name of the argument, such as {@code model_version}
     * @param value  the offending value as given, or {@code null} when it is missing
     * @param reason what is wrong and the accepted form
     */
    public InvalidValueException(String field, Object value, String reason) {
        super("Invalid " + field + (value == null ? "" : " '" + value + "'") + ": " + reason,
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
        return "invalid-value";
    }
}
