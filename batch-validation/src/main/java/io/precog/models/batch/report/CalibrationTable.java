package io.precog.models.batch.report;

import io.precog.models.batch.job.ModelResult;
import io.precog.models.domain.calibration.CalibrationReport;
import io.precog.models.domain.calibration.ReliabilityBin;
import io.precog.models.domain.calibration.SpiegelhalterTest;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.ValidationRun;
import java.util.List;
import java.util.Optional;

/**
 * The text report of a job instance: for each model version in scope, a table of its metrics and one
 * of its reliability bins; a version with nothing to score says so instead. Under a run that is not
 * the version's latest (a backfill), a line names the run that the version's metrics come from.
 */
public final class CalibrationTable {

    private CalibrationTable() {
    }

    public static String render(List<ModelResult> results) {
        StringBuilder text = new StringBuilder();
        for (ModelResult result : results) {
            ProbabilityModel model = result.model();
            text.append("Model ").append(model.modelId()).append(": ").append(model.name()).append(' ')
                    .append(model.version()).append(" (class ").append(model.modelClass()).append(", domain ")
                    .append(model.domain()).append(", ").append(model.status()).append(")\n");
            if (result.run().isEmpty()) {
                text.append("  no forecast with a yes or no outcome by the as-of time: skipped, nothing stored\n\n");
                continue;
            }
            ValidationRun run = result.run().get();
            Optional<ValidationRun> later = result.laterRun();
            if (later.isPresent()) {
                text.append("  not the version's latest run: its metrics stay those of job instance ")
                        .append(later.get().jobInstanceId()).append(", as of ").append(later.get().asOf()).append('\n');
            }
            text.append(metrics(run.report()).render("  ")).append('\n');
            text.append(bins(run.report().bins()).render("  ")).append('\n');
        }
        text.append("Decimals are rounded half-even for display: metrics to ").append(Shown.PLACES)
                .append(" places, p-values to 4 significant digits; the database keeps every digit.\n");
        return text.toString();
    }

    private static TextTable metrics(CalibrationReport report) {
        Optional<SpiegelhalterTest> spiegelhalter = report.spiegelhalter();
        return new TextTable("metric", ">value")
                .row("sample size", Shown.count(report.sampleSize()))
                .row("voids", Shown.count(report.voidCount()))
                .row("Brier score", Shown.decimal(report.brierScore()))
                .row("calibration (1 - Brier)", Shown.decimal(report.calibrationScore()))
                .row("accuracy", Shown.decimal(report.accuracy()))
                .row("log loss", Shown.decimal(report.logLoss()))
                .row("ECE", Shown.decimal(report.expectedCalibrationError()))
                .row("MCE", Shown.decimal(report.maximumCalibrationError()))
                .row("Spiegelhalter z", spiegelhalter.map(test -> Shown.decimal(test.z())).orElse("undefined"))
                .row("Spiegelhalter p", spiegelhalter.map(test -> Shown.pValue(test.pValue())).orElse("undefined"));
    }

    private static TextTable bins(List<ReliabilityBin> bins) {
        TextTable table = new TextTable("bin", ">forecasts", ">mean p", ">observed", ">Wilson 95%");
        for (ReliabilityBin bin : bins) {
            String upper = bin.index() == 9 ? "1.0]" : bin.upperBound().toPlainString() + ")";
            table.row("[" + bin.lowerBound().toPlainString() + ", " + upper, Shown.count(bin.count()),
                    Shown.decimal(bin.meanProbability()), Shown.decimal(bin.observedFrequency()),
                    Shown.decimal(bin.wilsonLower()) + " - " + Shown.decimal(bin.wilsonUpper()));
        }
        return table;
    }
}
