/** Bulk loading of rows into PostgreSQL with {@code COPY ... FROM STDIN}. */
package io.precog.models.adapters.postgres.copy;
