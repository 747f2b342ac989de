package io.precog.models.batch.report;

import io.precog.models.domain.calibration.CalibrationAccumulator;
import io.precog.models.domain.calibration.CalibrationReport;
import io.precog.models.domain.config.ModelConfig;
import io.precog.models.domain.model.Actor;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelClassName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.ValidationMetrics;
import io.precog.models.domain.model.ValidationRun;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A model version and a run of it, built in memory for the report's tests. */
final class ReportFixtures {

    static final Instant AS_OF = Instant.parse("2021-02-08T00:00:00Z");

    private ReportFixtures() {
    }

    static ProbabilityModel model(long id, String name) {
        return new ProbabilityModel(id, new ModelName(name), ModelVersion.parse("v1.0"), new ModelClassName("elo"),
                new DomainName("nfl"), ModelConfig.of(Map.of("k", 20)), ModelStatus.TESTING, null, null,
                ValidationMetrics.NONE, AS_OF, new Actor("tester"), AS_OF);
    }

    /** 0.8 yes, 0.6 no, 0.3 no, 0.9 yes, 0.5 yes and a void 0.7: Brier 0.15, accuracy 0.8. */
    static ValidationRun run(long modelId) {
        CalibrationAccumulator accumulator = new CalibrationAccumulator();
        accumulator.add(new BigDecimal("0.8"), true);
        accumulator.add(new BigDecimal("0.6"), false);
        accumulator.add(new BigDecimal("0.3"), false);
        accumulator.add(new BigDecimal("0.9"), true);
        accumulator.add(new BigDecimal("0.5"), true);
        accumulator.addVoid();
        CalibrationReport report = accumulator.report().orElseThrow();
        return new ValidationRun(1, modelId, 1, 1, AS_OF, null, report, AS_OF);
    }
}
