package io.precog.models.batch.violation;

/** A class in the batch package for the violation fixtures to depend on. */
public class BatchMarker {
}
