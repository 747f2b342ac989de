/** RFC 9457 problem details for every error the service returns, each with a stable type. */
package io.precog.models.adapters.rest.problem;
