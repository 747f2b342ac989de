/** JMH benchmarks of the domain core, run with the command in docs/benchmarks.md rather than as unit tests. */
package io.precog.models.domain.benchmark;
