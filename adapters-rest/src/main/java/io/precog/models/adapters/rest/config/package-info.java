/** Wiring of the service: database, use cases, request limits and the OpenAPI document. */
package io.precog.models.adapters.rest.config;
