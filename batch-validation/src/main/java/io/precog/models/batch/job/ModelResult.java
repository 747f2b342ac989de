package io.precog.models.batch.job;

import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.ValidationRun;
import java.util.Optional;

/**
 * A model version in the scope of a job instance, with the validation run the instance stored for it;
 * no run when the version had no forecast to score.
 */
public record ModelResult(ProbabilityModel model, Optional<ValidationRun> run) {
}
