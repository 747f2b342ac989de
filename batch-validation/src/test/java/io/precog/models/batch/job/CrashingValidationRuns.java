package io.precog.models.batch.job;

import io.precog.models.application.port.ValidationRuns;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.ValidationRun;
import java.util.List;

/**
 * Stores runs through the real store, but once armed, fails right after the n-th run it stored: the run
 * is committed, and the job's chunk is not, as when the process dies between the two.
 */
final class CrashingValidationRuns implements ValidationRuns {

    private final ValidationRuns store;
    private int remainingBeforeCrash = -1;

    CrashingValidationRuns(ValidationRuns store) {
        this.store = store;
    }

    synchronized void crashAfterStoring(int runs) {
        remainingBeforeCrash = runs;
    }

    @Override
    public synchronized boolean record(ValidationRun run, ProbabilityModel validatedModel) {
        boolean stored = store.record(run, validatedModel);
        if (remainingBeforeCrash > 0 && stored && --remainingBeforeCrash == 0) {
            remainingBeforeCrash = -1;
            throw new IllegalStateException("injected crash after storing the run of model " + run.modelId());
        }
        return stored;
    }

    @Override
    public List<ValidationRun> history(long modelId) {
        return store.history(modelId);
    }
}
