/** PostgreSQL server, connections and schema migrations: the database every adapter stores into. */
package io.precog.models.adapters.postgres.database;
