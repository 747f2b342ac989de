package io.precog.models.batch.job;

import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.ValidationRun;

/**
 * The result of validating one model version: its report as a run to store, and the version with its
 * new validation metrics.
 */
public record ModelCalibration(ValidationRun run, ProbabilityModel validatedModel) {
}
