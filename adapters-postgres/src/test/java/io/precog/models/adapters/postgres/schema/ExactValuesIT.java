package io.precog.models.adapters.postgres.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.postgres.testing.PostgresTest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Decimals and JSON numbers come back exactly as written: same digits, same scale. */
@PostgresTest
class ExactValuesIT {

    private final DataSource dataSource;
    private Connection connection;

    ExactValuesIT(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @BeforeEach
    void connect() throws SQLException {
        connection = dataSource.getConnection();
    }

    @AfterEach
    void disconnect() throws SQLException {
        connection.close();
    }

    @Test
    void keepsTrailingZeroOfMetric() throws SQLException {
        long id = ModelRow.valid("scale_kept").withMetrics(new BigDecimal("0.920"), new BigDecimal("0.92"), 100L)
                .insert(connection);

        assertThat(Sql.text(connection, "SELECT validation_calibration::text FROM probability_models WHERE model_id = ?", id))
                .isEqualTo("0.920");
        assertThat(Sql.text(connection, "SELECT validation_accuracy::text FROM probability_models WHERE model_id = ?", id))
                .isEqualTo("0.92");
    }

    @Test
    void readsMetricBackAsBigDecimalWithItsScale() throws SQLException {
        long id = ModelRow.valid("scale_read").withMetrics(new BigDecimal("0.9200000000"), null, null).insert(connection);

        try (PreparedStatement query = connection.prepareStatement(
                "SELECT validation_calibration FROM probability_models WHERE model_id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                BigDecimal calibration = rows.getBigDecimal(1);
                assertThat(calibration.unscaledValue().toString()).isEqualTo("9200000000");
                assertThat(calibration.scale()).isEqualTo(10);
            }
        }
    }

    @Test
    void keepsJsonNumbersAsWritten() throws SQLException {
        long id = ModelRow.valid("json_kept")
                .withConfig("{\"k_factor\": 32.0, \"regression\": 0.40, \"seasons\": 3, \"weights\": [1.50, 2]}")
                .insert(connection);

        assertThat(Sql.text(connection, "SELECT config ->> 'k_factor' FROM probability_models WHERE model_id = ?", id))
                .isEqualTo("32.0");
        assertThat(Sql.text(connection, "SELECT config ->> 'regression' FROM probability_models WHERE model_id = ?", id))
                .isEqualTo("0.40");
        assertThat(Sql.text(connection, "SELECT config::text FROM probability_models WHERE model_id = ?", id))
                .isEqualTo("{\"seasons\": 3, \"weights\": [1.50, 2], \"k_factor\": 32.0, \"regression\": 0.40}");
    }

    @Test
    void keepsLongDecimalInJsonExactly() throws SQLException {
        String digits = "0.123456789012345678901234567890123456789";

        long id = ModelRow.valid("json_long").withConfig("{\"threshold\": " + digits + "}").insert(connection);

        assertThat(Sql.text(connection, "SELECT config ->> 'threshold' FROM probability_models WHERE model_id = ?", id))
                .isEqualTo(digits);
    }
}
