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
        for (String field : changes.keySet()) {
            if (!UPDATABLE.contains(field)) {
                reject(field);
            }
        }
        return new TextChanges(text(changes, "description"), text(changes, "notes"));
    }

    private static void reject(String field) {
        for (ModelField known : ModelField.values()) {
            if (known.wireName().equals(field)) {
                if (!known.mutable()) {
                    throw new ImmutableFieldException(field, ModelField.mutableFieldNames());
                }
                throw new InvalidValueException("field", field, known == ModelField.STATUS
                        ? "change the status with POST /api/v1/models/{model_id}/status"
                        : "change validation metrics with POST /api/v1/models/{model_id}/metrics");
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", field.length() <= 40 ? field : field.substring(0, 40) + "...");
        details.put("known_fields", UPDATABLE);
        throw new ApiProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.UNKNOWN_FIELD,
                "Unknown field '" + details.get("field") + "'; an update may change description and notes",
                details);
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
