package io.precog.models.batch.job;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;

class CalibrationParametersValidatorTest {

    static final Instant NOW = Instant.parse("2026-01-15T12:30:45Z");
    static final CalibrationParametersValidator VALIDATOR =
            new CalibrationParametersValidator(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void rejectsAsOfLaterThanNow() {
        assertThatThrownBy(() -> VALIDATOR.validate(CalibrationParameters.asOf(NOW.plusSeconds(1)).toJobParameters()))
                .isInstanceOf(InvalidJobParametersException.class)
                .hasMessage("invalid calibration parameters: Invalid asOf '2026-01-15T12:30:46Z': is later than the"
                        + " current time 2026-01-15T12:30:45Z; give a time at or before now");
    }

    @Test
    void acceptsAsOfOfNow() {
        assertThatCode(() -> VALIDATOR.validate(CalibrationParameters.asOf(NOW).toJobParameters()))
                .doesNotThrowAnyException();
    }
}
