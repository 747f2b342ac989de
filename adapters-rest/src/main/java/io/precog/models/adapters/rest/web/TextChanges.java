package io.precog.models.adapters.rest.web;

import io.precog.models.adapters.rest.problem.ApiProblemException;
import io.precog.models.adapters.rest.problem.ProblemTypes;
import io.precog.models.domain.error.ImmutableFieldException;
import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.model.ModelField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * The fields of an update body, checked: only {@code description} and {@code notes}, as strings. A null value
 * keeps the current text.
 */
record TextChanges(String description, String notes) {

    private static final List<String> UPDATABLE = List.of("description", "notes");

    static TextChanges of(Map<String, Object> changes) {
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            if (!UPDATABLE.contains(change.getKey())) {
                reject(change.getKey(), change.getValue());
            }
        }
        return new TextChanges(text(changes, "description"), text(changes, "notes"));
    }

    private static void reject(String field, Object value) {
        for (ModelField known : ModelField.values()) {
            if (known.wireName().equals(field)) {
                if (!known.mutable()) {
                    throw new ImmutableFieldException(field, ModelField.mutableFieldNames());
                }
                throw new InvalidValueException(field, abbreviate(String.valueOf(value)), known == ModelField.STATUS
                        ? "PATCH changes only description and notes; change the status with"
                                + " POST /api/v1/models/{model_id}/status"
                        : "PATCH changes only description and notes; record validation metrics with"
                                + " POST /api/v1/models/{model_id}/metrics");
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", abbreviate(field));
        details.put("known_fields", UPDATABLE);
        throw new ApiProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.UNKNOWN_FIELD,
                "Unknown field '" + details.get("field") + "'; an update may change description and notes",
                details);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private static String text(Map<String, Object> changes, String field) {
        Object value = changes.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new ApiProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.WRONG_TYPE,
                "Field '" + field + "' must be a string", Map.of("field", field, "expected", "string"));
    }
}
