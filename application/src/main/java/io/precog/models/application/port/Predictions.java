package io.precog.models.application.port;

import io.precog.models.domain.calibration.PairedForecast;
import io.precog.models.domain.error.DuplicatePredictionException;
import io.precog.models.domain.error.EventNotFoundException;
import io.precog.models.domain.prediction.Prediction;
import java.util.List;
import java.util.Optional;

/** Stores predictions, which are never updated or deleted. */
public interface Predictions {

    /**
     * Stores one prediction and returns it with its id.
     *
     * @throws DuplicatePredictionException when the model version already predicted the event
     * @throws EventNotFoundException       when the event is not stored
     */
    Prediction insert(Prediction prediction);

    /**
     * Stores many predictions in one transaction: all of them or, on any error, none.
     *
     * @return the number stored
     * @throws DuplicatePredictionException when one of them repeats a stored prediction or another in the batch
     * @throws EventNotFoundException       when one refers to an event that is not stored
     */
    int insertAll(List<Prediction> predictions);

    Optional<Prediction> find(long predictionId);

    /** The forecasts of two versions on the resolved events both predicted, with the events' outcomes. */
    List<PairedForecast> pairedOnResolvedEvents(long modelIdA, long modelIdB);
}
