/** Synthetic events and forecasts with a chosen miscalibration, seeded, for benchmarks and experiments. */
package io.precog.models.batch.generator;
