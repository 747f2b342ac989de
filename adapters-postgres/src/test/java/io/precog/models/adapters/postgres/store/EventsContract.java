package io.precog.models.adapters.postgres.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.precog.models.adapters.postgres.store.fixtures.UniqueNames;
import io.precog.models.application.ModelPorts;
import io.precog.models.domain.error.EventAlreadyResolvedException;
import io.precog.models.domain.error.EventNotFoundException;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.prediction.Event;
import io.precog.models.domain.prediction.EventId;
import io.precog.models.domain.prediction.Resolution;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link io.precog.models.application.port.Events} must do. */
abstract class EventsContract {

    private static final Instant KICKOFF = Instant.parse("2025-09-05T00:20:00Z");
    private static final Instant FINAL_WHISTLE = Instant.parse("2025-09-05T03:35:00Z");

    protected abstract ModelPorts ports();

    @Test
    void storesAPendingEventAndFindsIt() {
        Event event = pendingEvent();

        boolean inserted = ports().events().insert(event);

        assertThat(inserted).isTrue();
        assertThat(ports().events().find(event.id())).contains(event);
    }

    @Test
    void keepsTheFirstEventOfAnId() {
        Event event = pendingEvent();
        ports().events().insert(event);

        boolean inserted = ports().events().insert(new Event(event.id(), new DomainName("mlb"), "another game",
                null, Resolution.PENDING, null));

        assertThat(inserted).isFalse();
        assertThat(ports().events().find(event.id())).contains(event);
    }

    @Test
    void storesAnEventThatIsAlreadyResolved() {
        Event event = new Event(new EventId(UniqueNames.of("nfl-2019")), new DomainName("nfl"), "CHI at GB",
                KICKOFF, Resolution.VOID, FINAL_WHISTLE);

        ports().events().insert(event);

        assertThat(ports().events().find(event.id())).contains(event);
    }

    @Test
    void resolvesAPendingEvent() {
        Event event = pendingEvent();
        ports().events().insert(event);
        Event resolved = event.resolve(Resolution.YES, FINAL_WHISTLE);

        ports().events().resolve(resolved);

        assertThat(ports().events().find(event.id())).contains(new Event(event.id(), event.domain(),
                event.description(), KICKOFF, Resolution.YES, FINAL_WHISTLE));
    }

    @Test
    void rejectsAnotherResolutionOfAResolvedEvent() {
        Event pending = pendingEvent();
        ports().events().insert(pending);
        ports().events().resolve(pending.resolve(Resolution.NO, FINAL_WHISTLE));

        EventAlreadyResolvedException thrown = catchThrowableOfType(EventAlreadyResolvedException.class,
                () -> ports().events().resolve(pending.resolve(Resolution.YES, FINAL_WHISTLE.plusSeconds(60))));

        assertThat(thrown).hasMessage("Event '" + pending.id() + "' is already resolved as no, so it cannot become"
                + " yes: resolutions are final");
        assertThat(ports().events().find(pending.id()).orElseThrow().resolution()).isEqualTo(Resolution.NO);
    }

    @Test
    void ignoresRepeatedSameResolution() {
        Event pending = pendingEvent();
        ports().events().insert(pending);
        ports().events().resolve(pending.resolve(Resolution.YES, FINAL_WHISTLE));

        ports().events().resolve(pending.resolve(Resolution.YES, FINAL_WHISTLE.plusSeconds(60)));

        assertThat(ports().events().find(pending.id()).orElseThrow().resolvedAt()).isEqualTo(FINAL_WHISTLE);
    }

    @Test
    void rejectsTheResolutionOfAnUnknownEvent() {
        Event never = pendingEvent();

        assertThat(catchThrowableOfType(EventNotFoundException.class,
                () -> ports().events().resolve(never.resolve(Resolution.YES, FINAL_WHISTLE))))
                .hasMessage("No event with event_id '" + never.id() + "': record the event before its predictions"
                        + " or resolution");
        assertThat(ports().events().find(never.id())).isEmpty();
    }

    private static Event pendingEvent() {
        return Event.pending(new EventId(UniqueNames.of("nfl-2025")), new DomainName("nfl"), "CHI at GB", KICKOFF);
    }
}
