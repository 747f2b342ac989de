package io.precog.models.adapters.postgres.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExactJsonTest {

    @Test
    void readsFractionsAsDecimalsWithTheirScale() {
        Map<String, Object> read = ExactJson.readObject("{\"k\": 32.0, \"w\": 0.40, \"e\": 1E-7, \"t\": 0.0000001}");

        assertThat(read.get("k")).isEqualTo(new BigDecimal("32.0")).hasToString("32.0");
        assertThat(read.get("w")).isEqualTo(new BigDecimal("0.40"));
        assertThat(read.get("e")).isEqualTo(new BigDecimal("1E-7"));
        assertThat(read.get("t")).isEqualTo(new BigDecimal("0.0000001"));
    }

    @Test
    void readsIntegersWithoutLimit() {
        Map<String, Object> read = ExactJson.readObject("{\"n\": 1000, \"big\": 1180591620717411303424}");

        assertThat(read.get("n")).isEqualTo(BigInteger.valueOf(1000));
        assertThat(read.get("big")).isEqualTo(new BigInteger("1180591620717411303424"));
    }

    @Test
    void readsNumbersLongerThanJacksonsDefaultLimit() {
        String thousandPlaces = "0." + "0".repeat(999) + "1";

        Map<String, Object> read = ExactJson.readObject("{\"epsilon\": " + thousandPlaces + "}");

        assertThat(read.get("epsilon")).isEqualTo(new BigDecimal("1E-1000"));
    }

    @Test
    void writesDecimalsWithAllTheirDigits() {
        String json = ExactJson.write(List.of(Map.of("p", new BigDecimal("0.100"))));

        assertThat(json).isEqualTo("[{\"p\":0.100}]");
    }
}
