package io.precog.models.batch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

class CalibrationParametersTest {

    static final Instant AS_OF = Instant.parse("2021-02-08T00:00:00Z");

    @Test
    void scopeValuesIdentifyInstance() {
        JobParameters parameters = CalibrationParameters.asOf(AS_OF).withDomain(new DomainName("nfl"))
                .withModelName(new ModelName("elo")).withWindowStart(Instant.parse("2020-01-01T00:00:00Z"))
                .withProgressInterval(10).toJobParameters();
        assertThat(parameters.getIdentifyingParameters()).extracting(JobParameter::name)
                .containsExactlyInAnyOrder("asOf", "statuses", "domain", "modelName", "windowStart");
        assertThat(parameters.getString("asOf")).isEqualTo("2021-02-08T00:00:00Z");
        assertThat(parameters.getString("statuses")).isEqualTo("testing,active");
        assertThat(parameters.getLong("progressInterval")).isEqualTo(10L);
    }

    @Test
    void readsBackWhatItWrites() {
        CalibrationParameters written = CalibrationParameters.asOf(AS_OF)
                .withStatuses(EnumSet.of(ModelStatus.ACTIVE, ModelStatus.DRAFT)).withDomain(new DomainName("nfl"))
                .withProgressInterval(7);
        assertThat(CalibrationParameters.from(written.toJobParameters())).isEqualTo(written);
    }

    @Test
    void writesStatusesInLifecycleOrder() {
        assertThat(CalibrationParameters.asOf(AS_OF).withStatuses(CalibrationParameters.parseStatuses(" active,draft "))
                .statusList()).isEqualTo("draft,active");
    }

    @Test
    void defaultsStatusesOfHandWrittenParameters() {
        JobParameters byHand = new JobParametersBuilder().addString("asOf", "2021-02-08T00:00:00Z").toJobParameters();
        CalibrationParameters read = CalibrationParameters.from(byHand);
        assertThat(read.statuses()).containsExactlyInAnyOrder(ModelStatus.TESTING, ModelStatus.ACTIVE);
        assertThat(read.progressInterval()).isEqualTo(CalibrationParameters.DEFAULT_PROGRESS_INTERVAL);
    }

    @Test
    void rejectsAMissingAsOfTime() {
        assertThatThrownBy(() -> CalibrationParameters.from(new JobParameters()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("asOf");
    }

    @Test
    void rejectsWindowStartAfterAsOf() {
        assertThatThrownBy(() -> CalibrationParameters.asOf(AS_OF).withWindowStart(AS_OF.plusSeconds(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("windowStart");
    }

    @Test
    void rejectsNonIsoTime() {
        assertThatThrownBy(() -> CalibrationParameters.parseInstant("asOf", "08/02/2021"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("2021-02-08T00:00:00Z");
    }

    @Test
    void rejectsAnUnknownStatus() {
        assertThatThrownBy(() -> CalibrationParameters.parseStatuses("testing,retired"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("retired");
    }
}
