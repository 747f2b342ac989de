package io.precog.models.adapters.rest.web;

import io.precog.models.adapters.rest.problem.ApiProblemException;
import io.precog.models.adapters.rest.problem.DomainStatuses;
import io.precog.models.application.NewPrediction;
import io.precog.models.domain.error.DomainException;
import io.precog.models.domain.error.DuplicatePredictionException;
import io.precog.models.domain.error.InvalidValueException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Positions of the predictions of a batch that a rejection names, by the model id, event id or prediction time
 * among its details, so that the problem shows the caller which element of {@code predictions} to fix.
 */
final class BatchRows {

    private BatchRows() {
    }

    /**
     * Returns the index of the prediction that {@code rejection} names, or -1 when it names none. A duplicate
     * within the batch names its second occurrence, a duplicate of a stored prediction its only one.
     */
    static int rowNamedBy(DomainException rejection, List<NewPrediction> batch) {
        Map<String, Object> details = rejection.details();
        boolean byPredictionTime = rejection instanceof InvalidValueException
                && "predicted_at".equals(details.get("field"));
        Object modelId = rejection instanceof InvalidValueException && "model_id".equals(details.get("field"))
                ? details.get("value") : details.get("model_id");
        Object eventId = details.get("event_id");
        if (!byPredictionTime && modelId == null && eventId == null) {
            return -1;
        }
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            NewPrediction prediction = batch.get(i);
            boolean named = byPredictionTime
                    ? Objects.equals(String.valueOf(prediction.predictedAt()), details.get("value"))
                    : (modelId == null || String.valueOf(prediction.modelId()).equals(modelId.toString()))
                            && (eventId == null || prediction.eventId() != null
                                    && prediction.eventId().value().equals(eventId.toString()));
            if (named) {
                rows.add(i);
            }
        }
        if (rows.isEmpty()) {
            return -1;
        }
        return rejection instanceof DuplicatePredictionException && rows.size() > 1 ? rows.get(1) : rows.get(0);
    }

    /**
     * Returns the problem of {@code rejection} for the prediction at {@code index}: the same status and type, the
     * index among the offending values, and a {@code field} given as its path, such as
     * {@code predictions[2].probability}.
     */
    static ApiProblemException problemAt(DomainException rejection, int index) {
        String prefix = "predictions[" + index + "]";
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("index", index);
        details.putAll(rejection.details());
        if (rejection instanceof InvalidValueException && details.get("field") instanceof String field) {
            details.put("field", prefix + "." + field);
        }
        return new ApiProblemException(DomainStatuses.of(rejection), rejection.code(),
                prefix + ": " + rejection.getMessage(), details);
    }
}
