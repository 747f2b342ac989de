package io.precog.models.batch.report;

import io.precog.models.domain.calibration.CalibrationReport;
import io.precog.models.domain.calibration.ReliabilityBin;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.ValidationRun;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Draws a reliability diagram: for each non-empty bin, the observed frequency of yes against the mean
 * predicted probability, with the Wilson 95% interval as an error bar and the bin's forecast count
 * beside it; a perfectly calibrated model lies on the diagonal. Values are converted to {@code double}
 * for drawing only.
 */
public final class ReliabilityChart {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 800;

    private static final Color POINTS = new Color(0x1f, 0x5f, 0xa8);
    private static final Color DIAGONAL = new Color(0x99, 0x99, 0x99);

    private ReliabilityChart() {
    }

    /** Writes the diagram of one model's run as a PNG file, creating its folder when needed. */
    public static void write(ProbabilityModel model, ValidationRun run, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ChartUtils.saveChartAsPNG(file.toFile(), chart(model, run), WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the reliability diagram " + file, e);
        }
    }

    static JFreeChart chart(ProbabilityModel model, ValidationRun run) {
        CalibrationReport report = run.report();
        YIntervalSeries observed = new YIntervalSeries("observed frequency with Wilson 95% interval");
        for (ReliabilityBin bin : report.bins()) {
            observed.add(bin.meanProbability().doubleValue(), bin.observedFrequency().doubleValue(),
                    bin.wilsonLower().doubleValue(), bin.wilsonUpper().doubleValue());
        }
        XYSeries diagonal = new XYSeries("perfect calibration");
        diagonal.add(0, 0);
        diagonal.add(1, 1);

        NumberAxis x = new NumberAxis("mean predicted probability (per bin of width 0.1)");
        NumberAxis y = new NumberAxis("observed frequency of yes");
        for (NumberAxis axis : new NumberAxis[] {x, y}) {
            axis.setRange(0, 1);
            axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1));
        }
        XYErrorRenderer points = new XYErrorRenderer();
        points.setDefaultShapesVisible(true);
        points.setDefaultLinesVisible(true);
        points.setSeriesPaint(0, POINTS);
        points.setErrorPaint(POINTS);
        points.setErrorStroke(new BasicStroke(1.5f));
        points.setCapLength(8);
        XYPlot plot = new XYPlot(new YIntervalSeriesCollection(), x, y, points);
        ((YIntervalSeriesCollection) plot.getDataset()).addSeries(observed);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, DIAGONAL);
        line.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {6, 6}, 0));
        plot.setDataset(1, new XYSeriesCollection(diagonal));
        plot.setRenderer(1, line);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        for (ReliabilityBin bin : report.bins()) {
            boolean nearBottom = bin.observedFrequency().doubleValue() < 0.05;
            XYTextAnnotation count = new XYTextAnnotation("n=" + Shown.count(bin.count()),
                    bin.meanProbability().doubleValue() + 0.012,
                    bin.observedFrequency().doubleValue() + (nearBottom ? 0.012 : -0.012));
            count.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            count.setTextAnchor(nearBottom ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_LEFT);
            plot.addAnnotation(count);
        }
        JFreeChart chart = new JFreeChart("Reliability diagram: " + model.name() + " " + model.version(),
                new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, true);
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT,
                "%s forecasts (%s void) resolved by %s  |  Brier %s  |  ECE %s  |  accuracy %s",
                Shown.count(report.sampleSize()), Shown.count(report.voidCount()), run.asOf(),
                Shown.decimal(report.brierScore()), Shown.decimal(report.expectedCalibrationError()),
                Shown.decimal(report.accuracy())), new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
