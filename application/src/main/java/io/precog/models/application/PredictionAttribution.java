package io.precog.models.application;

import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.prediction.Prediction;

/** The chain from a prediction to the model version that made it and that version's exact config. */
public record PredictionAttribution(Prediction prediction, ProbabilityModel model) {
}
