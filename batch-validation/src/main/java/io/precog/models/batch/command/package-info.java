/** The command line of the batch application: calibrate, import, generate synthetic data, benchmark. */
package io.precog.models.batch.command;
