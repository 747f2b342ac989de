/** The application's outbound ports stored in PostgreSQL through MyBatis mappers. */
package io.precog.models.adapters.postgres.store;
