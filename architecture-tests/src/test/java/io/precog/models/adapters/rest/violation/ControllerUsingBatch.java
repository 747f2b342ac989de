package io.precog.models.adapters.rest.violation;

import io.precog.models.batch.violation.BatchMarker;

/** Breaks the adapter rule on purpose: the REST service depending on the batch job. */
public class ControllerUsingBatch {

    public BatchMarker marker() {
        return new BatchMarker();
    }
}
