/** The calibration job: which model versions it validates, how it reads their forecasts and how it stores their reports. */
package io.precog.models.batch.job;
