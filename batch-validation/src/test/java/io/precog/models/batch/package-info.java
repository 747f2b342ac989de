/** Tests of the batch application; those that start Spring and PostgreSQL are named *IT. */
package io.precog.models.batch;
