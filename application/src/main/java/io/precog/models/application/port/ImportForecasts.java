package io.precog.models.application.port;

import io.precog.models.domain.error.EventNotFoundException;
import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.error.ModelNotFoundException;
import io.precog.models.domain.prediction.Event;
import io.precog.models.domain.prediction.Prediction;
import java.util.List;

/**
 * Stores published forecasts in bulk: past events with the outcome they already had, and the
 * predictions made for them. Importing the same data again stores nothing and changes nothing.
 */
public interface ImportForecasts {

    /**
     * In one transaction, stores the events as given, resolution and resolution time included,
     * skipping those whose id is already stored with the same resolution.
     *
     * @return the number of events stored
     * @throws InvalidValueException when an event's id is stored with another resolution; nothing is
     *                               stored then
     */
    int insertEvents(List<Event> events);

    /**
     * In one transaction, stores the predictions, skipping those whose model version already
     * predicted the event with the same probability (equal in value: {@code 0.5} equals {@code 0.50}).
     *
     * @return the number of predictions stored
     * @throws InvalidValueException  when a model version already predicted an event with another
     *                                probability; nothing is stored then
     * @throws EventNotFoundException when an event is not stored; nothing is stored then
     * @throws ModelNotFoundException when a model version is not stored; nothing is stored then
     */
    int insertPredictions(List<Prediction> predictions);
}
