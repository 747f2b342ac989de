package io.precog.models.domain.calibration;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Assembles a {@link CalibrationReport} from the exact statistics of a non-empty sample. */
final class CalibrationReports {

    private CalibrationReports() {
    }

    static CalibrationReport of(CalibrationStatistics statistics) {
        long sampleSize = statistics.sampleSize();
        BigDecimal brier = Decimals.of(statistics.brierScore());
        BigDecimal logLoss = Decimals.quotient(statistics.logLossSum(),
                BigInteger.valueOf(sampleSize).shiftLeft(LogLossTerm.FRACTION_BITS));
        return new CalibrationReport(sampleSize, statistics.voidCount(), brier,
                Decimals.normalized(BigDecimal.ONE.subtract(brier)),
                Decimals.quotient(statistics.correctCount(), sampleSize),
                logLoss,
                ReliabilityDiagram.bins(statistics),
                ReliabilityDiagram.expectedCalibrationError(statistics),
                ReliabilityDiagram.maximumCalibrationError(statistics),
                MurphyFractions.of(statistics).toDecimals(),
                SpiegelhalterTest.of(statistics));
    }
}
