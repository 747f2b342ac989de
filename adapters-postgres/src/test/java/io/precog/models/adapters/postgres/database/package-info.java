/** Tests of the embedded server, the database choice and the connection settings. */
package io.precog.models.adapters.postgres.database;
