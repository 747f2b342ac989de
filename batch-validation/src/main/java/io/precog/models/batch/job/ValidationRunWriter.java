package io.precog.models.batch.job;

import io.precog.models.application.port.ValidationRuns;
import io.precog.models.domain.calibration.CalibrationReport;
import io.precog.models.domain.model.ProbabilityModel;
import java.math.BigDecimal;
import java.math.MathContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores each report as a validation run, together with the model version's new metrics. The store
 * keeps at most one run per job instance and model version, so a model that a failed execution had
 * already stored is not stored again when the instance is restarted.
 */
class ValidationRunWriter implements ItemWriter<ModelCalibration> {

    private static final Logger LOG = LoggerFactory.getLogger(ValidationRunWriter.class);
    private static final MathContext SHOWN = new MathContext(6);

    private final ValidationRuns runs;

    ValidationRunWriter(ValidationRuns runs) {
        this.runs = runs;
    }

    @Override
    public void write(Chunk<? extends ModelCalibration> chunk) {
        for (ModelCalibration calibration : chunk) {
            boolean stored = runs.record(calibration.run(), calibration.validatedModel());
            ProbabilityModel model = calibration.validatedModel();
            CalibrationReport report = calibration.run().report();
            LOG.info("Model {} ({} {}): {} forecasts, {} void, Brier {}, calibration {}, accuracy {}; {}",
                    model.modelId(), model.name(), model.version(), report.sampleSize(), report.voidCount(),
                    shown(report.brierScore()), shown(report.calibrationScore()), shown(report.accuracy()),
                    stored ? "stored" : "already stored by an earlier execution of this job instance, kept as it was");
        }
    }

    private static String shown(BigDecimal value) {
        return value.round(SHOWN).toPlainString();
    }
}
