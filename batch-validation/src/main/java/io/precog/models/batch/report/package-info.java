/** What a calibration run shows a person: a table per model version and a reliability diagram as a PNG. */
package io.precog.models.batch.report;
