package io.precog.models.domain.calibration;

import java.math.BigDecimal;

/**
 * The Brier score split over the reliability bins into five terms (Stephenson, Coelho and Jolliffe,
 * 2008): Brier = reliability − resolution + uncertainty + withinBinVariance − withinBinCovariance.
 *
 * <p>Each term is an exact rational rounded half-even to 34 significant digits. The exact rationals
 * satisfy the identity with no error at all. The rounded terms satisfy it to within a few units in
 * their 34th significant digit.
 *
 * @param reliability         (1/N) Σ n_k (mean p_k − frequency_k)², 0 for a perfectly calibrated binning
 * @param resolution          (1/N) Σ n_k (frequency_k − ȳ)²
 * @param uncertainty         ȳ(1 − ȳ), where ȳ is the share of YES outcomes
 * @param withinBinVariance   (1/N) Σ over forecasts (p − mean p of its bin)²
 * @param withinBinCovariance (2/N) Σ over forecasts (y − frequency of its bin)(p − mean p of its bin)
 */
public record MurphyDecomposition(BigDecimal reliability, BigDecimal resolution, BigDecimal uncertainty,
        BigDecimal withinBinVariance, BigDecimal withinBinCovariance) {
}
