package io.precog.models.adapters.rest.web;

import io.precog.models.adapters.rest.json.ReliabilityDiagramBody;
import io.precog.models.adapters.rest.json.ValidationRunBody;
import io.precog.models.adapters.rest.problem.ApiProblemException;
import io.precog.models.adapters.rest.problem.ProblemTypes;
import io.precog.models.application.ModelManager;
import io.precog.models.domain.model.ValidationRun;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Results of the validation job for one model version. */
@RestController
@RequestMapping(path = "/api/v1/models/{model_id}", produces = MediaType.APPLICATION_JSON_VALUE)
public class ValidationController {

    private final ModelManager manager;

    public ValidationController(ModelManager manager) {
        this.manager = manager;
    }

    /** Validation runs of the version with their full calibration reports, newest first. */
    @GetMapping("/validation-runs")
    public List<ValidationRunBody> validationRuns(@PathVariable("model_id") long modelId) {
        return manager.validationHistory(modelId).stream().map(ValidationRunBody::of).toList();
    }

    /** The reliability diagram of the newest run, or of the run given by {@code run_id}. */
    @GetMapping("/reliability-diagram")
    public ReliabilityDiagramBody reliabilityDiagram(@PathVariable("model_id") long modelId,
                                                     @RequestParam(name = "run_id", required = false) Long runId) {
        List<ValidationRun> runs = manager.validationHistory(modelId);
        return runs.stream()
                .filter(run -> runId == null || run.runId() == runId)
                .findFirst()
                .map(ReliabilityDiagramBody::of)
                .orElseThrow(() -> new ApiProblemException(HttpStatus.NOT_FOUND,
                        ProblemTypes.VALIDATION_RUN_NOT_FOUND,
                        runId == null ? "Model " + modelId + " has no validation run yet"
                                : "Model " + modelId + " has no validation run " + runId,
                        runId == null ? Map.of("model_id", modelId) : Map.of("model_id", modelId, "run_id", runId)));
    }
}
