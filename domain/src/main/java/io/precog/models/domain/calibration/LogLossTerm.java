package io.precog.models.domain.calibration;

/**
 * One forecast's log-loss term −ln(q), where q is the clipped probability given to the outcome that
 * happened, as a fixed-point integer in units of 2^−52.
 *
 * <p>The term is computed with {@link StrictMath}, whose results are the same on every JVM, and
 * rounded to the nearest multiple of 2^−52 (half up). So one probability and outcome always give the
 * same integer, and sums of terms merge exactly wherever they were computed. Terms of 1 or more lose
 * nothing in that rounding, because a double that large is already a multiple of 2^−52.
 */
final class LogLossTerm {

    static final int FRACTION_BITS = 52;

    /** The clipping bound 10^−15 as p × 10^18, because probabilities are clipped to [1e-15, 1 − 1e-15]. */
    private static final long CLIP = 1_000L;
    private static final long ONE = FixedPointProbability.ONE;
    private static final double ONE_AS_DOUBLE = 1e18;

    private LogLossTerm() {
    }

    /** Returns round(−ln(q) · 2^52) for a fixed-point probability {@code p} and the outcome. */
    static long quantized(long probability, boolean yes) {
        long clipped = Math.min(Math.max(probability, CLIP), ONE - CLIP);
        long likelihood = yes ? clipped : ONE - clipped;
        double logarithm = likelihood > ONE / 2
                ? StrictMath.log1p(-((ONE - likelihood) / ONE_AS_DOUBLE))
                : StrictMath.log(likelihood / ONE_AS_DOUBLE);
        return Math.round(-logarithm * 0x1p52);
    }
}
