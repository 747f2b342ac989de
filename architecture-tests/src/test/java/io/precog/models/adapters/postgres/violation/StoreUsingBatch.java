package io.precog.models.adapters.postgres.violation;

import io.precog.models.batch.violation.BatchMarker;

/** Breaks the adapter rule on purpose: the storage adapter depending on the batch job. */
public class StoreUsingBatch {

    public BatchMarker marker() {
        return new BatchMarker();
    }
}
