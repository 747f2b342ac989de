/** The ModelManager's use cases run end to end against PostgreSQL through the store. */
package io.precog.models.adapters.postgres.usecases;
