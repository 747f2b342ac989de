package io.precog.models.adapters.rest.web;

import io.precog.models.adapters.rest.json.EventBody;
import io.precog.models.adapters.rest.json.EventRequest;
import io.precog.models.adapters.rest.json.ResolutionRequest;
import io.precog.models.adapters.rest.problem.ApiProblemException;
import io.precog.models.adapters.rest.problem.ProblemTypes;
import io.precog.models.application.ModelManager;
import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.model.Actor;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.prediction.Event;
import io.precog.models.domain.prediction.EventId;
import io.precog.models.domain.prediction.Resolution;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Events that models forecast, and their resolutions. */
@RestController
@RequestMapping(path = "/api/v1/events", produces = MediaType.APPLICATION_JSON_VALUE)
public class EventsController {

    /** Resolutions a request may give: pending is where every event starts, never a resolution. */
    private static final List<String> RESOLUTIONS = List.of("yes", "no", "void");

    private final ModelManager manager;

    public EventsController(ModelManager manager) {
        this.manager = manager;
    }

    /** Records a pending event; 201 with its URL, or 409 when the id is already recorded. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<EventBody> record(@RequestBody EventRequest request) {
        Event event = Event.pending(new EventId(request.eventId()),
                request.domain() == null ? null : new DomainName(request.domain()), request.description(),
                request.startsAt());
        if (!manager.recordEvent(event)) {
            throw new ApiProblemException(HttpStatus.CONFLICT, ProblemTypes.DUPLICATE_EVENT,
                    "Event '" + request.eventId() + "' is already recorded", Map.of("event_id", request.eventId()));
        }
        return ResponseEntity.created(Locations.of("/api/v1/events/{event_id}", event.id().value()))
                .body(EventBody.of(event));
    }

    @GetMapping("/{event_id}")
    public EventBody get(@PathVariable("event_id") String eventId) {
        return EventBody.of(manager.getEvent(new EventId(eventId)));
    }

    /** Resolves an event as yes, no or void; repeating the same resolution changes nothing. */
    @PostMapping(path = "/{event_id}/resolution", consumes = MediaType.APPLICATION_JSON_VALUE)
    public EventBody resolve(@PathVariable("event_id") String eventId, @RequestBody ResolutionRequest request,
                             Actor actor) {
        if (request.resolution() == null) {
            throw new InvalidValueException("resolution", null, "missing; give yes, no or void");
        }
        return EventBody.of(manager.resolveEvent(new EventId(eventId), resolution(request.resolution()), actor));
    }

    private static Resolution resolution(String text) {
        if (!RESOLUTIONS.contains(text)) {
            throw new InvalidValueException("resolution", text.length() <= 40 ? text : text.substring(0, 40) + "...",
                    "use one of yes, no, void, in lowercase");
        }
        return Resolution.parse(text);
    }
}
