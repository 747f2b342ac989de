package io.precog.models.batch.job;

/** The Spring Batch job instance and execution that a validation run belongs to. */
record RunIdentity(long jobInstanceId, long jobExecutionId) {
}
