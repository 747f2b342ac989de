/** The batch application: the nightly calibration job, the importers of real forecasts, and their command line. */
package io.precog.models.batch;
