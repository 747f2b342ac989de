package io.precog.models.application.port;

import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.ValidationRun;
import java.util.List;

/** Stores the results of validation runs. */
public interface ValidationRuns {

    /**
     * In one transaction, stores the run and the model's new validation metrics, unless a run of the same
     * job instance already stored this model, in which case nothing changes. The model's metrics change
     * only when no stored run of the model has a later as-of time, so a backfill of an earlier period
     * keeps the current metrics.
     *
     * @return true when stored, false when the job instance had already stored the model
     */
    boolean record(ValidationRun run, ProbabilityModel validatedModel);

    /** Runs of the model, newest first. */
    List<ValidationRun> history(long modelId);
}
