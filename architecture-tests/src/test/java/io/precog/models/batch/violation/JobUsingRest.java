package io.precog.models.batch.violation;

import io.precog.models.adapters.rest.violation.ControllerUsingBatch;

/** Breaks the adapter rule on purpose: the batch job depending on the REST service. */
public class JobUsingRest {

    public ControllerUsingBatch controller() {
        return new ControllerUsingBatch();
    }
}
