package io.precog.models.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReliabilityChartTest {

    @Test
    void writesPngOfChosenSize(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("instance-1").resolve("model-7.png");
        ReliabilityChart.write(ReportFixtures.model(7, "elo"), ReportFixtures.run(7), file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(ReliabilityChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ReliabilityChart.HEIGHT);
    }

    @Test
    void plotsBinsWilsonIntervalsAndDiagonal() {
        JFreeChart chart = ReliabilityChart.chart(ReportFixtures.model(7, "elo"), ReportFixtures.run(7));
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset(0).getItemCount(0)).isEqualTo(5);
        assertThat(plot.getDataset(0).getXValue(0, 4)).isEqualTo(0.9);
        assertThat(plot.getDataset(0).getYValue(0, 4)).isEqualTo(1.0);
        assertThat(plot.getDataset(1).getItemCount(0)).isEqualTo(2);
        assertThat(chart.getTitle().getText()).isEqualTo("Reliability diagram: elo v1.0");
    }
}
