package io.precog.models.batch.job;

import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.ValidationRun;
import java.util.Optional;

/**
 * A model version in the scope of a job instance, with the validation run the instance stored for it.
 * That run is empty when the version had no forecast to score. The latest run is the version's newest
 * stored run, whose metrics the version carries, and is empty when the version has no run at all.
 */
public record ModelResult(ProbabilityModel model, Optional<ValidationRun> run, Optional<ValidationRun> latestRun) {

    /**
     * Returns the version's latest run when the instance's run is not it. A run as of a later time, or as
     * of the same time but stored after it, exists then, and the version's metrics are that run's.
     */
    public Optional<ValidationRun> laterRun() {
        if (run.isEmpty()) {
            return Optional.empty();
        }
        return latestRun.filter(latest -> latest.runId() != run.get().runId());
    }
}
