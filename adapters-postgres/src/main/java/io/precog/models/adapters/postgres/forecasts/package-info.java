/** Bulk reads and writes of forecasts in plain JDBC: the calibration job's stream and the importers' loads. */
package io.precog.models.adapters.postgres.forecasts;
