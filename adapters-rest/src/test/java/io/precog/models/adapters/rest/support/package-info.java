/** Test support: the service on a random port over a fresh PostgreSQL database, tokens and an HTTP client. */
package io.precog.models.adapters.rest.support;
