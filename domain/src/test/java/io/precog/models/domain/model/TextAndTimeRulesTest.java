package io.precog.models.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.precog.models.domain.error.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TextAndTimeRulesTest {

    @Test
    void rejectsNulCharacterInText() {
        assertThatThrownBy(() -> TextFields.optional("description", "Elo\u0000x"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid description: contains the NUL character (U+0000) at index 3; remove it");
    }

    @Test
    void rejectsUnpairedSurrogateInText() {
        assertThatThrownBy(() -> TextFields.optional("notes", "\udc00x"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid notes: contains an unpaired UTF-16 surrogate (U+DC00) at index 0;"
                        + " send valid Unicode text");
        assertThatThrownBy(() -> new Actor("alice\ud83d"))
                .hasMessage("Invalid actor: contains an unpaired UTF-16 surrogate (U+D83D) at index 5;"
                        + " send valid Unicode text");
    }

    @Test
    void acceptsPairedSurrogatesAndNull() {
        assertThat(TextFields.optional("notes", "goal \ud83c\udfc8")).isEqualTo("goal \ud83c\udfc8");
        assertThat(TextFields.optional("notes", null)).isNull();
    }

    @Test
    void keepsInstantsToTheMicrosecond() {
        assertThat(Timestamps.storable("starts_at", Instant.parse("2025-09-05T00:20:00.123456789Z")))
                .isEqualTo(Instant.parse("2025-09-05T00:20:00.123456Z"));
        assertThat(Timestamps.storable("starts_at", null)).isNull();
    }

    @Test
    void rejectsInstantsOutsideYearsOneToNineThousand() {
        assertThatThrownBy(() -> Timestamps.storable("starts_at", Instant.parse("+300000-01-01T00:00:00Z")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid starts_at '+300000-01-01T00:00:00Z': must lie in the years 1 to 9999, in UTC");
        assertThatThrownBy(() -> Timestamps.storable("resolved_at", Instant.parse("-5000-01-01T00:00:00Z")))
                .hasMessage("Invalid resolved_at '-5000-01-01T00:00:00Z': must lie in the years 1 to 9999, in UTC");
        assertThat(Timestamps.storable("starts_at", Instant.parse("9999-12-31T23:59:59Z")))
                .isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
    }
}
