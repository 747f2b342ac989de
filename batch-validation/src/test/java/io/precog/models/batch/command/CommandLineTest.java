package io.precog.models.batch.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void calibratesWhenNoCommandIsGiven() {
        CommandLine line = CommandLine.parse("--as-of=2021-02-08T00:00:00Z", "--no-import");
        assertThat(line.command()).isEqualTo("calibrate");
        assertThat(line.option("as-of", null)).isEqualTo("2021-02-08T00:00:00Z");
        assertThat(line.has("no-import")).isTrue();
    }

    @Test
    void passesPropertiesToSpring() {
        CommandLine line = CommandLine.parse("calibrate", "--precog.data-folder=/tmp/db", "--domain=nfl");
        assertThat(line.springProperties()).containsOnlyKeys("precog.data-folder");
    }

    @Test
    void keepsSyntheticDataApart() {
        assertThat(CommandLine.parse("benchmark").springProperties())
                .containsEntry("precog.data-folder", CommandLine.SYNTHETIC_DATA_FOLDER);
        assertThat(CommandLine.parse("generate", "--precog.data-folder=/tmp/x").springProperties())
                .containsEntry("precog.data-folder", "/tmp/x");
    }

    @Test
    void rejectsOptionOfAnotherCommand() {
        assertThatThrownBy(() -> CommandLine.parse("import-nfl", "--as-of=2021-02-08T00:00:00Z"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--as-of");
    }

    @Test
    void rejectsAnUnknownCommand() {
        assertThatThrownBy(() -> CommandLine.parse("validate")).isInstanceOf(UsageException.class)
                .hasMessageContaining("validate");
    }

    @Test
    void readsNumbersWithGroupingUnderscores() {
        assertThat(CommandLine.parse("generate", "--events=250_000").number("events", 1, 1)).isEqualTo(250_000);
        assertThatThrownBy(() -> CommandLine.parse("generate", "--events=0").number("events", 1, 1))
                .isInstanceOf(UsageException.class).hasMessageContaining("at least 1");
    }

    @Test
    void readsHelpOptionsAsHelpCommand() {
        assertThat(CommandLine.parse("--help").command()).isEqualTo("help");
        assertThat(CommandLine.parse("-h").command()).isEqualTo("help");
        assertThat(CommandLine.parse("help").command()).isEqualTo("help");
        assertThat(CommandLine.parse("calibrate", "--as-of=2021-02-08T00:00:00Z", "--help").command())
                .isEqualTo("help");
        assertThat(CommandLine.parse("generate", "-h").command()).isEqualTo("help");
    }

    @Test
    void readsFlagWithOrWithoutValue() {
        assertThat(CommandLine.parse("calibrate", "--no-import").flag("no-import")).isTrue();
        assertThat(CommandLine.parse("calibrate", "--no-import=true").flag("no-import")).isTrue();
        assertThat(CommandLine.parse("calibrate", "--no-import=FALSE").flag("no-import")).isFalse();
        assertThat(CommandLine.parse("calibrate", "--no-import=false").flag("no-import")).isFalse();
        assertThat(CommandLine.parse("calibrate").flag("no-import")).isFalse();
        assertThat(CommandLine.parse("calibrate", "--recover=false").flag("recover")).isFalse();
    }

    @Test
    void rejectsFlagValueOtherThanTrueOrFalse() {
        assertThatThrownBy(() -> CommandLine.parse("calibrate", "--no-import=yes")).isInstanceOf(UsageException.class)
                .hasMessage("invalid --no-import=yes: give --no-import alone, or --no-import=true or --no-import=false");
        assertThatThrownBy(() -> CommandLine.parse("calibrate", "--recover=")).isInstanceOf(UsageException.class)
                .hasMessage("invalid --recover=: give --recover alone, or --recover=true or --recover=false");
    }
}
