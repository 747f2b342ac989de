package io.precog.models.adapters.rest.web;

import static io.precog.models.adapters.rest.support.ModelRequests.create;
import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.postgres.store.PostgresModelPorts;
import io.precog.models.adapters.rest.support.ApiResponse;
import io.precog.models.adapters.rest.support.ApiTestSupport;
import io.precog.models.application.ModelManager;
import io.precog.models.domain.calibration.CalibrationAccumulator;
import io.precog.models.domain.calibration.CalibrationReport;
import io.precog.models.domain.model.MetricsUpdate;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.ValidationRun;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Validation runs and the reliability diagram of a model version. */
@SuppressWarnings("unchecked")
class ValidationEndpointsIT extends ApiTestSupport {

    private static final Instant AS_OF = Instant.parse("2025-02-01T00:00:00Z");

    private final String token = allScopes("analyst");

    @Autowired
    private ModelManager manager;

    private long model() {
        return ((Number) api.post("/api/v1/models", create(uniqueName("elo"), "v1.0"), token).json()
                .get("model_id")).longValue();
    }

    /** Stores a run over two forecasts, 0.8 on a yes and 0.3 on a no, as the validation job would. */
    private void recordRun(long modelId, long jobInstanceId) {
        CalibrationAccumulator accumulator = new CalibrationAccumulator();
        accumulator.add(new BigDecimal("0.8"), true);
        accumulator.add(new BigDecimal("0.3"), false);
        CalibrationReport report = accumulator.report().orElseThrow();
        ProbabilityModel validated = manager.getModel(modelId).withMetrics(MetricsUpdate.computed(
                report.calibrationScore(), report.accuracy(), report.sampleSize()), Clock.fixed(AS_OF, ZoneOffset.UTC));
        ValidationRun run = new ValidationRun(0, modelId, jobInstanceId, jobInstanceId, AS_OF, null, report, AS_OF);
        PostgresModelPorts.create(DATABASE.dataSource()).validationRuns().record(run, validated);
    }

    @Test
    void showsNothingBeforeValidation() {
        long modelId = model();

        ApiResponse runs = api.get("/api/v1/models/" + modelId + "/validation-runs", token);
        ApiResponse diagram = api.get("/api/v1/models/" + modelId + "/reliability-diagram", token);

        assertThat(runs.status()).isEqualTo(200);
        assertThat(runs.body()).isEqualTo("[]");
        assertThat(diagram.status()).isEqualTo(404);
        assertThat(diagram.problemCode()).isEqualTo("validation-run-not-found");
        assertThat(diagram.json()).containsEntry("model_id", (int) modelId);
    }

    @Test
    void showsTheRunsReportAndItsReliabilityDiagram() {
        long modelId = model();
        recordRun(modelId, 910_001L);

        ApiResponse runs = api.get("/api/v1/models/" + modelId + "/validation-runs", token);
        ApiResponse diagram = api.get("/api/v1/models/" + modelId + "/reliability-diagram", token);

        List<Map<String, Object>> list = runs.jsonList();
        assertThat(list).hasSize(1);
        Map<String, Object> report = (Map<String, Object>) list.get(0).get("report");
        // Brier = ((1 - 0.8)² + 0.3²) / 2 = 0.065; both forecasts are on the right side of 0.5.
        assertThat(new BigDecimal(report.get("brier_score").toString())).isEqualByComparingTo("0.065");
        assertThat(new BigDecimal(report.get("calibration_score").toString())).isEqualByComparingTo("0.935");
        assertThat(new BigDecimal(report.get("accuracy").toString())).isEqualByComparingTo("1");
        assertThat(report).containsEntry("sample_size", 2).containsEntry("void_count", 0);
        assertThat(list.get(0)).containsEntry("as_of", "2025-02-01T00:00:00Z")
                .containsEntry("job_instance_id", 910_001);

        assertThat(diagram.status()).isEqualTo(200);
        List<Map<String, Object>> bins = (List<Map<String, Object>>) diagram.json().get("bins");
        assertThat(bins).extracting(bin -> bin.get("index"), bin -> bin.get("count"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 1), org.assertj.core.groups.Tuple.tuple(8, 1));
        assertThat(new BigDecimal(bins.get(0).get("observed_frequency").toString())).isEqualByComparingTo("0");
        assertThat(new BigDecimal(bins.get(1).get("mean_probability").toString())).isEqualByComparingTo("0.8");
        assertThat(diagram.json()).containsEntry("sample_size", 2).containsEntry("model_id", (int) modelId);
        assertThat(api.get("/api/v1/models/" + modelId, token).json().get("validation_calibration"))
                .isEqualTo(new BigDecimal("0.9350000000"));
    }

    @Test
    void answers404ForAnUnknownRunOrModel() {
        long modelId = model();
        recordRun(modelId, 910_002L);

        assertThat(api.get("/api/v1/models/" + modelId + "/reliability-diagram?run_id=987654321", token).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/models/987654321/validation-runs", token).problemCode())
                .isEqualTo("model-not-found");
        assertThat(api.get("/api/v1/models/987654321/reliability-diagram", token).status()).isEqualTo(404);
    }
}
