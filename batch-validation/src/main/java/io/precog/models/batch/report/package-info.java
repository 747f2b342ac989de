/** The report of a calibration run for a person: a table per model version and a reliability diagram as a PNG. */
package io.precog.models.batch.report;
