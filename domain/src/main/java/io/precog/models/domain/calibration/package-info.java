/** Calibration math: a mergeable accumulator of exact sufficient statistics, its report, and paired comparison of two versions. */
package io.precog.models.domain.calibration;
