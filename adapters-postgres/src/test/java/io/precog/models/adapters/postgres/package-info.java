/** Test support for PostgreSQL-backed tests. */
package io.precog.models.adapters.postgres;
