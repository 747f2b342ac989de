package io.precog.models.domain.calibration;

import java.math.BigInteger;

/**
 * Exact statistics of one reliability bin. Probability sums are in units of 10^−18 and the sum of
 * squares in units of 10^−36.
 */
record BinStatistics(int index, long noCount, long yesCount, BigInteger noProbabilitySum,
        BigInteger yesProbabilitySum, BigInteger squareSum) {

    long count() {
        return noCount + yesCount;
    }

    BigInteger probabilitySum() {
        return noProbabilitySum.add(yesProbabilitySum);
    }

    boolean isEmpty() {
        return count() == 0;
    }
}
