package io.precog.models.batch.job;

import io.precog.models.application.port.LoadModels;
import io.precog.models.domain.calibration.CalibrationAccumulator;
import io.precog.models.domain.calibration.CalibrationReport;
import io.precog.models.domain.error.ModelNotFoundException;
import io.precog.models.domain.model.MetricsUpdate;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.ValidationRun;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Computes the calibration report of one model version from its resolved forecasts. A version without
 * any forecast that can be scored (no resolved event, or only void ones) is reported and skipped: the
 * processor returns null, and Spring Batch counts it as filtered.
 */
class ModelCalibrator implements ItemProcessor<Long, ModelCalibration> {

    private static final Logger LOG = LoggerFactory.getLogger(ModelCalibrator.class);

    private final LoadModels models;
    private final ForecastPasses forecasts;
    private final CalibrationParameters parameters;
    private final RunIdentity identity;
    private final Clock clock;

    ModelCalibrator(LoadModels models, ForecastPasses forecasts, CalibrationParameters parameters,
                    RunIdentity identity, Clock clock) {
        this.models = models;
        this.forecasts = forecasts;
        this.parameters = parameters;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public ModelCalibration process(Long modelId) {
        ProbabilityModel model = models.findById(modelId).orElseThrow(() -> ModelNotFoundException.byId(modelId));
        CalibrationAccumulator accumulator = forecasts.forModel(modelId);
        Optional<CalibrationReport> report = accumulator.report();
        if (report.isEmpty()) {
            LOG.warn("Model {} ({} {}): no forecast with a yes or no outcome resolved by {} ({} void); skipped,"
                    + " nothing stored", modelId, model.name(), model.version(), parameters.asOf(),
                    accumulator.voidCount());
            return null;
        }
        CalibrationReport calibration = report.get();
        ProbabilityModel validated = model.withMetrics(MetricsUpdate.computed(calibration.calibrationScore(),
                calibration.accuracy(), calibration.sampleSize()), clock);
        ValidationRun run = new ValidationRun(0, modelId, identity.jobInstanceId(), identity.jobExecutionId(),
                parameters.asOf(), parameters.windowStart(), calibration, clock.instant());
        return new ModelCalibration(run, validated);
    }
}
