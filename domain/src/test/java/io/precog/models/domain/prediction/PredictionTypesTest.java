package io.precog.models.domain.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.precog.models.domain.error.EventAlreadyResolvedException;
import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.model.DomainName;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PredictionTypesTest {

    private static final Instant START = Instant.parse("2019-09-05T20:20:00Z");
    private static final Instant END = Instant.parse("2019-09-05T23:40:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "0.5", "1", "1.000", "0.8246512009492516", "0.123456789012345678",
            "0.5000000000000000000000"})
    void acceptsProbabilitiesInTheUnitInterval(String text) {
        assertThat(Probability.parse(text).value()).isEqualTo(new BigDecimal(text));
    }

    @Test
    void keepsTheScaleOfAProbability() {
        assertThat(Probability.parse("0.650")).hasToString("0.650");
    }

    @Test
    void rejectsOutOfRangeAndTooPreciseProbabilities() {
        assertThatThrownBy(() -> Probability.parse("-0.1"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid probability '-0.1': must be a decimal in [0, 1]");
        assertThatThrownBy(() -> Probability.parse("1.0000001"))
                .hasMessage("Invalid probability '1.0000001': must be a decimal in [0, 1]");
        assertThatThrownBy(() -> Probability.parse("0.1234567890123456789"))
                .hasMessage("Invalid probability '0.1234567890123456789': has more than 18 decimal places;"
                        + " round it to 18");
        assertThatThrownBy(() -> Probability.parse("NaN"))
                .hasMessage("Invalid probability 'NaN': is not a decimal number; write it like 0.65");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nfl-2019-09-05-gb-chi", "538:12345", "A.b_c"})
    void acceptsEventIds(String id) {
        assertThat(new EventId(id).value()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-lead", "a b", "a/b", "../x", "x'; drop"})
    void rejectsMalformedEventIds(String id) {
        assertThatThrownBy(() -> new EventId(id)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("use a letter or digit");
    }

    @Test
    void resolvesPendingEventOnce() {
        Event pending = Event.pending(new EventId("g1"), new DomainName("nfl"), "GB at CHI", START);

        Event resolved = pending.resolve(Resolution.YES, END);

        assertThat(resolved.resolution()).isEqualTo(Resolution.YES);
        assertThat(resolved.resolvedAt()).isEqualTo(END);
        assertThat(resolved.resolve(Resolution.YES, END.plusSeconds(60))).isSameAs(resolved);
        assertThatThrownBy(() -> resolved.resolve(Resolution.NO, END))
                .isInstanceOf(EventAlreadyResolvedException.class)
                .hasMessage("Event 'g1' is already resolved as yes, so it cannot become no: resolutions are final");
    }

    @Test
    void rejectsResolvingToPending() {
        Event pending = Event.pending(new EventId("g1"), new DomainName("nfl"), null, null);

        assertThatThrownBy(() -> pending.resolve(Resolution.PENDING, END))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid resolution 'pending': resolve an event as yes, no or void");
    }

    @Test
    void mapsResolutionsToOutcomes() {
        assertThat(Resolution.VOID.outcome()).hasToString("VOID");
        assertThat(Resolution.parse("no")).isEqualTo(Resolution.NO);
    }
}
