package io.precog.models.adapters.postgres.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.postgres.store.fixtures.NewModels;
import io.precog.models.adapters.postgres.store.fixtures.Queries;
import io.precog.models.adapters.postgres.store.fixtures.UniqueNames;
import io.precog.models.adapters.postgres.testing.PostgresTest;
import io.precog.models.application.ModelPorts;
import io.precog.models.domain.calibration.CalibrationReport;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.ValidationRun;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The {@link ValidationRunsContract} run against PostgreSQL, and how the columns hold a report. */
@PostgresTest
class PostgresValidationRunsIT extends ValidationRunsContract {

    private final ModelPorts ports;
    private final Queries queries;

    PostgresValidationRunsIT(DataSource dataSource) {
        this.ports = PostgresModelPorts.create(dataSource);
        this.queries = new Queries(dataSource);
    }

    @Override
    protected ModelPorts ports() {
        return ports;
    }

    /**
     * Forecasts 0.8 (yes) and 0.3 (no): Brier (0.04 + 0.09) / 2 = 0.065, both correct, one forecast in
     * bin 3 with frequency 0 and one in bin 8 with frequency 1.
     */
    @Test
    void storesMetricsAndBinsAsNumbers() {
        ProbabilityModel model = insertModel();
        CalibrationReport report = report("0.8", "YES", "0.3", "NO");

        ports.validationRuns().record(new ValidationRun(0, model.modelId(), 51, 5100, AS_OF, null, report, RUN_AT),
                validated(model, report));

        assertThat(queries.text("SELECT concat_ws(' ', sample_size, void_count, brier_score, calibration_score,"
                + " accuracy) FROM validation_runs WHERE model_id = ?", model.modelId()))
                .isEqualTo("2 0 0.065 0.935 1");
        assertThat(queries.texts("SELECT concat_ws(' ', b -> 'index', b -> 'lower_bound', b -> 'upper_bound',"
                + " b -> 'count', b -> 'mean_probability', b -> 'observed_frequency',"
                + " jsonb_typeof(b -> 'wilson_lower'))"
                + " FROM validation_runs r, jsonb_array_elements(r.bins) b WHERE r.model_id = ?", model.modelId()))
                .containsExactly("3 0.3 0.4 1 0.3 0 number", "8 0.8 0.9 1 0.8 1 number");
        assertThat(queries.text("SELECT concat_ws(' ', validation_calibration, validation_accuracy,"
                + " validation_sample_size, last_validated_at = ?) FROM probability_models WHERE model_id = ?",
                RUN_AT.atOffset(ZoneOffset.UTC), model.modelId()))
                .isEqualTo("0.9350000000 1.0000000000 2 t");
    }

    @Test
    void storesAnUndefinedSpiegelhalterTestAsNull() {
        ProbabilityModel model = insertModel();
        CalibrationReport report = report("0.5", "YES", "0.5", "NO");

        ports.validationRuns().record(new ValidationRun(0, model.modelId(), 52, 5200, AS_OF, null, report, RUN_AT),
                validated(model, report));

        assertThat(queries.text("SELECT num_nulls(spiegelhalter_z, spiegelhalter_p) FROM validation_runs"
                + " WHERE model_id = ?", model.modelId())).isEqualTo("2");
    }

    private ProbabilityModel insertModel() {
        return ports.saveModels().insert(NewModels.elo(UniqueNames.of("columns"), "v1.0", ModelStatus.ACTIVE, "nfl"));
    }
}
