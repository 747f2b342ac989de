package io.precog.models.batch.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.precog.models.batch.job.CalibrationParameters;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** How the calibrate command reads its options, before it touches the database. */
class CalibrateCommandTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-01-15T12:30:45.250Z"), ZoneOffset.UTC);

    @Test
    void rejectsAsOfLaterThanNow() {
        assertThatThrownBy(() -> CalibrateCommand.parameters(
                CommandLine.parse("calibrate", "--as-of=3000-01-01T00:00:00Z"), NOW))
                .isInstanceOf(UsageException.class)
                .hasMessage("Invalid --as-of '3000-01-01T00:00:00Z': is later than the current time"
                        + " 2026-01-15T12:30:45.250Z; give a time at or before now");
    }

    @Test
    void rejectsAsOfOneSecondAfterNow() {
        assertThatThrownBy(() -> CalibrateCommand.parameters(
                CommandLine.parse("calibrate", "--as-of=2026-01-15T12:30:46Z"), NOW))
                .isInstanceOf(UsageException.class).hasMessageContaining("later than the current time");
    }

    @Test
    void acceptsAsOfEqualToNow() {
        CalibrationParameters parameters = CalibrateCommand.parameters(
                CommandLine.parse("calibrate", "--as-of=2026-01-15T12:30:45.250Z"), NOW);
        assertThat(parameters.asOf()).isEqualTo(Instant.parse("2026-01-15T12:30:45.250Z"));
    }

    @Test
    void defaultsAsOfToCurrentSecond() {
        CalibrationParameters parameters = CalibrateCommand.parameters(CommandLine.parse("calibrate"), NOW);
        assertThat(parameters.asOf()).isEqualTo(Instant.parse("2026-01-15T12:30:45Z"));
    }
}
