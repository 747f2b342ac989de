/** Tests that the schema itself enforces the domain rules, written as hand-made SQL against real PostgreSQL. */
package io.precog.models.adapters.postgres.schema;
