/** Domain exceptions: each refusal of the core, carrying the offending values and the fix. */
package io.precog.models.domain.error;
