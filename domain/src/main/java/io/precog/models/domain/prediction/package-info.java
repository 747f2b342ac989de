/** Events that resolve yes, no or void, and the probabilities that model versions predicted for them. */
package io.precog.models.domain.prediction;
