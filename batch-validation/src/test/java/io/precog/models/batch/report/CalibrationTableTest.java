package io.precog.models.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.batch.job.ModelResult;
import io.precog.models.domain.model.ValidationRun;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CalibrationTableTest {

    @Test
    void showsMetricsRoundedAndAligned() {
        String table = CalibrationTable.render(List.of(
                new ModelResult(ReportFixtures.model(7, "elo"), Optional.of(ReportFixtures.run(7)),
                        Optional.of(ReportFixtures.run(7)))));
        assertThat(table).contains("Model 7: elo v1.0 (class elo, domain nfl, testing)\n")
                .contains("  sample size                      5\n")
                .contains("  voids                            1\n")
                .contains("  Brier score               0.150000\n")
                .contains("  calibration (1 - Brier)   0.850000\n")
                .contains("  accuracy                  0.800000\n")
                .contains("  log loss                  0.458923\n")
                .contains("  ECE                       0.340000\n")
                .contains("  MCE                       0.600000\n")
                .contains("  Spiegelhalter z          -0.502519\n")
                .contains("  Spiegelhalter p             0.6153\n")
                .contains("  [0.9, 1.0]          1  0.900000  1.000000");
    }

    @Test
    void reportsVersionWithNothingToScore() {
        String table = CalibrationTable.render(List.of(new ModelResult(ReportFixtures.model(3, "idle"),
                Optional.empty(), Optional.empty())));
        assertThat(table).contains("Model 3: idle v1.0").contains("skipped, nothing stored");
    }

    @Test
    void namesLatestRunOfBackfill() {
        ValidationRun latest = new ValidationRun(2, 7, 5, 6, Instant.parse("2021-03-01T00:00:00Z"), null,
                ReportFixtures.run(7).report(), Instant.parse("2021-03-01T02:00:00Z"));
        String table = CalibrationTable.render(List.of(new ModelResult(ReportFixtures.model(7, "elo"),
                Optional.of(ReportFixtures.run(7)), Optional.of(latest))));
        assertThat(table).contains("Model 7: elo v1.0 (class elo, domain nfl, testing)\n"
                + "  not the version's latest run: its metrics stay those of job instance 5, as of"
                + " 2021-03-01T00:00:00Z\n");
    }

    @Test
    void omitsNoteUnderLatestRun() {
        String table = CalibrationTable.render(List.of(new ModelResult(ReportFixtures.model(7, "elo"),
                Optional.of(ReportFixtures.run(7)), Optional.of(ReportFixtures.run(7)))));
        assertThat(table).doesNotContain("latest run");
    }
}
