package io.precog.models.batch.job;

import io.precog.models.application.port.LoadModels;
import io.precog.models.application.port.ModelSearch;
import io.precog.models.application.port.Page;
import io.precog.models.application.port.PageRequest;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ProbabilityModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The model versions a run validates, in increasing order of model id, and how the job keeps their list. */
final class ModelsInScope {

    /** Key of the list in the job's execution context. */
    static final String CONTEXT_KEY = "calibration.modelIds";

    private ModelsInScope() {
    }

    /** Every model version that matches the parameters' statuses, domain and name, ordered by id. */
    static List<ProbabilityModel> find(LoadModels models, CalibrationParameters parameters) {
        List<ProbabilityModel> found = new ArrayList<>();
        for (ModelStatus status : parameters.statuses()) {
            ModelSearch criteria = new ModelSearch(status, parameters.domain(), null, parameters.modelName());
            int page = 0;
            Page<ProbabilityModel> result;
            do {
                result = models.search(criteria, new PageRequest(page++, PageRequest.MAX_SIZE));
                found.addAll(result.items());
            } while (page < result.totalPages());
        }
        found.sort((a, b) -> Long.compare(a.modelId(), b.modelId()));
        return found;
    }

    static String encode(List<Long> modelIds) {
        return modelIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Long> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(Long::valueOf).toList();
    }
}
