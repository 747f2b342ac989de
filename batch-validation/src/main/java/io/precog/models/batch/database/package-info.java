/** The database the batch application runs on, with the registry's schema and Spring Batch's metadata tables. */
package io.precog.models.batch.database;
