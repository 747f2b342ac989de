package io.precog.models.adapters.rest.json;

import io.precog.models.application.PredictionAttribution;

/** A prediction with the model version that made it, exact config included. */
public record AttributionBody(PredictionBody prediction, ModelBody model) {

    public static AttributionBody of(PredictionAttribution attribution) {
        return new AttributionBody(PredictionBody.of(attribution.prediction()), ModelBody.of(attribution.model()));
    }
}
