package io.precog.models.batch.importer;

import io.precog.models.domain.model.ProbabilityModel;

/**
 * The model version that made the imported forecasts, and what registering it did.
 *
 * @param created        whether this call created the version
 * @param movedToTesting whether this call moved it from draft to testing
 */
public record ModelRegistration(ProbabilityModel model, boolean created, boolean movedToTesting) {
}
