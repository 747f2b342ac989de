package io.precog.models.adapters.rest.web;

import io.precog.models.adapters.rest.json.AttributionBody;
import io.precog.models.adapters.rest.json.PredictionBatchBody;
import io.precog.models.adapters.rest.json.PredictionBatchRequest;
import io.precog.models.adapters.rest.json.PredictionBody;
import io.precog.models.adapters.rest.json.PredictionRequest;
import io.precog.models.application.ModelManager;
import io.precog.models.application.NewPrediction;
import io.precog.models.domain.error.DomainException;
import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.model.Actor;
import io.precog.models.domain.prediction.EventId;
import io.precog.models.domain.prediction.Prediction;
import io.precog.models.domain.prediction.Probability;
import java.util.ArrayList;
import java.util.List;
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

/** Predictions of model versions: record one or many, read one, trace one back to its exact config. */
@RestController
@RequestMapping(path = "/api/v1/predictions", produces = MediaType.APPLICATION_JSON_VALUE)
public class PredictionsController {

    private final ModelManager manager;

    public PredictionsController(ModelManager manager) {
        this.manager = manager;
    }

    /** Records one prediction; 201 with its URL. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<PredictionBody> record(@RequestBody PredictionRequest request, Actor actor) {
        Prediction prediction = manager.recordPrediction(toNew(request), actor);
        return ResponseEntity.created(Locations.of("/api/v1/predictions/{prediction_id}", prediction.predictionId()))
                .body(PredictionBody.of(prediction));
    }

    /**
     * Records many predictions in one transaction: all of them, or none when one is rejected. A rejection that
     * names a prediction gives its position in the list as {@code index}.
     */
    @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    public PredictionBatchBody recordBatch(@RequestBody PredictionBatchRequest request, Actor actor) {
        if (request.predictions() == null) {
            throw new InvalidValueException("predictions", null, "missing; give a list of predictions");
        }
        List<NewPrediction> batch = new ArrayList<>(request.predictions().size());
        for (int i = 0; i < request.predictions().size(); i++) {
            PredictionRequest prediction = request.predictions().get(i);
            if (prediction == null) {
                throw new InvalidValueException("predictions[" + i + "]", null, "missing; give a prediction");
            }
            try {
                batch.add(toNew(prediction));
            } catch (DomainException rejection) {
                throw BatchRows.problemAt(rejection, i);
            }
        }
        try {
            return new PredictionBatchBody(manager.recordPredictions(batch, actor));
        } catch (DomainException rejection) {
            int row = BatchRows.rowNamedBy(rejection, batch);
            if (row < 0) {
                throw rejection;
            }
            throw BatchRows.problemAt(rejection, row);
        }
    }

    @GetMapping("/{prediction_id}")
    public PredictionBody get(@PathVariable("prediction_id") long predictionId) {
        return PredictionBody.of(manager.attribution(predictionId).prediction());
    }

    /** The prediction, the model version that made it and that version's exact config. */
    @GetMapping("/{prediction_id}/attribution")
    public AttributionBody attribution(@PathVariable("prediction_id") long predictionId) {
        return AttributionBody.of(manager.attribution(predictionId));
    }

    private static NewPrediction toNew(PredictionRequest request) {
        if (request.modelId() == null) {
            throw new InvalidValueException("model_id", null, "missing; give the model version's id");
        }
        return new NewPrediction(request.modelId(), request.eventId() == null ? null : new EventId(request.eventId()),
                request.probability() == null ? null : new Probability(request.probability()),
                request.predictedAt());
    }
}
