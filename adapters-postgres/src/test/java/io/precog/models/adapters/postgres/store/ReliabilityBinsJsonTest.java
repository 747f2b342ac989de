package io.precog.models.adapters.postgres.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.domain.calibration.ReliabilityBin;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReliabilityBinsJsonTest {

    private static final ReliabilityBin BIN = new ReliabilityBin(3, new BigDecimal("0.3"), new BigDecimal("0.4"), 2,
            new BigDecimal("0.35"), new BigDecimal("0.5"), new BigDecimal("0.0945"), new BigDecimal("1"));

    @Test
    void writesEachBinAsAnObjectOfNumbers() {
        assertThat(ReliabilityBinsJson.write(List.of(BIN))).isEqualTo("[{\"index\":3,\"lower_bound\":0.3,"
                + "\"upper_bound\":0.4,\"count\":2,\"mean_probability\":0.35,\"observed_frequency\":0.5,"
                + "\"wilson_lower\":0.0945,\"wilson_upper\":1}]");
    }

    @Test
    void readsBackEqualBins() {
        assertThat(ReliabilityBinsJson.read(ReliabilityBinsJson.write(List.of(BIN)))).containsExactly(BIN);
    }

    @Test
    void readsWholeNumbersAsDecimalsOfScaleZero() {
        List<ReliabilityBin> bins = ReliabilityBinsJson.read("[{\"index\": 9, \"lower_bound\": 0.9,"
                + " \"upper_bound\": 1.0, \"count\": 4, \"mean_probability\": 1, \"observed_frequency\": 1,"
                + " \"wilson_lower\": 0.51, \"wilson_upper\": 1}]");

        assertThat(bins).containsExactly(new ReliabilityBin(9, new BigDecimal("0.9"), new BigDecimal("1.0"), 4,
                BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("0.51"), BigDecimal.ONE));
    }
}
