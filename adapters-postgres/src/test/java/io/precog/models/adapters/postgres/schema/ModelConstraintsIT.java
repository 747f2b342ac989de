package io.precog.models.adapters.postgres.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.postgres.database.SchemaConstraints;
import io.precog.models.adapters.postgres.database.SqlStates;
import io.precog.models.adapters.postgres.testing.PostgresTest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.ServerErrorMessage;

@PostgresTest
class ModelConstraintsIT {

    private final DataSource dataSource;
    private Connection connection;

    ModelConstraintsIT(DataSource dataSource) {
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
    void acceptsValidDraftVersion() throws SQLException {
        long id = ModelRow.valid("nfl_elo").insert(connection);

        assertThat(Sql.text(connection, "SELECT model_name || ' ' || model_version || ' ' || status"
                + " FROM probability_models WHERE model_id = ?", id)).isEqualTo("nfl_elo v1.0 draft");
    }

    @Test
    void rejectsV100WhenV10Exists() throws SQLException {
        ModelRow.valid("duplicate_short").insert(connection);

        ServerErrorMessage error = Sql.rejection(SqlStates.UNIQUE_VIOLATION, connection, ModelRow.INSERT,
                ModelRow.valid("duplicate_short").withVersion("v1.0.0", 1, 0, 0).parameters());

        assertThat(error.getConstraint()).isEqualTo(SchemaConstraints.MODEL_CANONICAL_VERSION);
    }

    @Test
    void rejectsV10WhenV100Exists() throws SQLException {
        ModelRow.valid("duplicate_long").withVersion("v1.0.0", 1, 0, 0).insert(connection);

        ServerErrorMessage error = Sql.rejection(SqlStates.UNIQUE_VIOLATION, connection, ModelRow.INSERT,
                ModelRow.valid("duplicate_long").parameters());

        assertThat(error.getConstraint()).isEqualTo(SchemaConstraints.MODEL_CANONICAL_VERSION);
    }

    @Test
    void acceptsSameVersionUnderAnotherName() throws SQLException {
        ModelRow.valid("first_model").insert(connection);

        ModelRow.valid("second_model").insert(connection);

        assertThat(Sql.text(connection, "SELECT count(*) FROM probability_models"
                + " WHERE model_name IN ('first_model', 'second_model')")).isEqualTo("2");
    }

    @Test
    void acceptsV110AfterV19() throws SQLException {
        ModelRow.valid("ordered").withVersion("v1.9", 1, 9, 0).insert(connection);

        ModelRow.valid("ordered").withVersion("v1.10", 1, 10, 0).insert(connection);

        assertThat(Sql.texts(connection, "SELECT model_version FROM probability_models WHERE model_name = 'ordered'"
                + " ORDER BY version_major, version_minor, version_patch")).containsExactly("v1.9", "v1.10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "v1", "v1.0.0.0", "V1.0", "v01.0", "v1.00", "v1.0-beta", "v1234567890.0", "v1.0\n"})
    void rejectsMalformedVersion(String version) {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, ModelRow.INSERT,
                ModelRow.valid("malformed_version").withVersion(version, 1, 0, 0).parameters());

        assertThat(error.getConstraint()).isIn("probability_models_model_version_check",
                "probability_models_version_parts_check");
    }

    @Test
    void rejectsVersionPartsThatDisagreeWithText() {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, ModelRow.INSERT,
                ModelRow.valid("disagreeing").withVersion("v1.2", 1, 3, 0).parameters());

        assertThat(error.getConstraint()).isEqualTo("probability_models_version_parts_check");
    }

    @Test
    void rejectsPatchWhenTextHasNone() {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, ModelRow.INSERT,
                ModelRow.valid("hidden_patch").withVersion("v1.2", 1, 2, 1).parameters());

        assertThat(error.getConstraint()).isEqualTo("probability_models_version_parts_check");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NFL_elo", "1nfl", "_nfl", "nfl elo", "nfl/elo", "élo", ""})
    void rejectsNameThatIsNotAnIdentifier(String name) {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, ModelRow.INSERT,
                ModelRow.valid(name).parameters());

        assertThat(error.getConstraint()).isEqualTo("probability_models_model_name_check");
    }

    @Test
    void acceptsNameOfOneHundredCharacters() throws SQLException {
        String name = "n" + "a".repeat(99);

        long id = ModelRow.valid(name).insert(connection);

        assertThat(Sql.text(connection, "SELECT char_length(model_name) FROM probability_models WHERE model_id = ?", id))
                .isEqualTo("100");
    }

    @Test
    void rejectsNameOfOneHundredAndOneCharacters() {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, ModelRow.INSERT,
                ModelRow.valid("n" + "a".repeat(100)).parameters());

        assertThat(error.getConstraint()).isEqualTo("probability_models_model_name_check");
    }

    @Test
    void rejectsDomainThatIsNotAnIdentifier() {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, ModelRow.INSERT,
                ModelRow.valid("bad_domain").withDomain("NFL").parameters());

        assertThat(error.getConstraint()).isEqualTo("probability_models_domain_check");
    }

    @Test
    void rejectsUnknownModelClass() {
        ServerErrorMessage error = Sql.rejection(SqlStates.FOREIGN_KEY_VIOLATION, connection, ModelRow.INSERT,
                ModelRow.valid("unknown_class").withModelClass("svm").parameters());

        assertThat(error.getConstraint()).isEqualTo(SchemaConstraints.MODEL_CLASS_REFERENCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "[{\"k\": 1}]", "\"text\"", "32.0", "null"})
    void rejectsConfigThatIsNotNonEmptyObject(String config) {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, ModelRow.INSERT,
                ModelRow.valid("bad_config").withConfig(config).parameters());

        assertThat(error.getConstraint()).isEqualTo("probability_models_config_check");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF",
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde", "sha256:0123"})
    void rejectsFingerprintThatIsNotLowercaseSha256Hex(String fingerprint) {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, ModelRow.INSERT,
                ModelRow.valid("bad_fingerprint").withFingerprint(fingerprint).parameters());

        assertThat(error.getConstraint()).isEqualTo("probability_models_config_fingerprint_check");
    }

    @ParameterizedTest
    @ValueSource(strings = {"retired", "Active", "", "archived"})
    void rejectsUnknownStatus(String status) {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, ModelRow.INSERT,
                ModelRow.valid("bad_status").withStatus(status).parameters());

        assertThat(error.getConstraint()).isEqualTo("probability_models_status_check");
    }

    @ParameterizedTest
    @ValueSource(strings = {"draft", "testing", "active"})
    void acceptsCreationInStatus(String status) throws SQLException {
        long id = ModelRow.valid("created_" + status).withStatus(status).insert(connection);

        assertThat(Sql.text(connection, "SELECT status FROM probability_models WHERE model_id = ?", id)).isEqualTo(status);
    }

    @Test
    void rejectsCreationAsDeprecated() {
        ServerErrorMessage error = Sql.rejection(SqlStates.ILLEGAL_STATUS_TRANSITION, connection, ModelRow.INSERT,
                ModelRow.valid("born_deprecated").withStatus("deprecated").parameters());

        assertThat(error.getMessage()).isEqualTo("model born_deprecated v1.0 cannot be created as deprecated");
    }

    @Test
    void acceptsMetricsAtTheirBounds() throws SQLException {
        long low = ModelRow.valid("metrics_low").withMetrics(new BigDecimal("0"), new BigDecimal("0"), 0L)
                .insert(connection);
        long high = ModelRow.valid("metrics_high").withMetrics(new BigDecimal("1"), new BigDecimal("1.0000"), 1L)
                .insert(connection);

        assertThat(Sql.text(connection, "SELECT validation_calibration || ' ' || validation_accuracy || ' '"
                + " || validation_sample_size FROM probability_models WHERE model_id = ?", low)).isEqualTo("0 0 0");
        assertThat(Sql.text(connection, "SELECT validation_calibration || ' ' || validation_accuracy || ' '"
                + " || validation_sample_size FROM probability_models WHERE model_id = ?", high)).isEqualTo("1 1.0000 1");
    }

    @Test
    void rejectsCalibrationAboveOne() {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, ModelRow.INSERT,
                ModelRow.valid("calibration_high").withMetrics(new BigDecimal("1.0001"), null, null).parameters());

        assertThat(error.getConstraint()).isEqualTo("probability_models_validation_calibration_check");
    }

    @Test
    void rejectsNegativeCalibration() {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, ModelRow.INSERT,
                ModelRow.valid("calibration_low").withMetrics(new BigDecimal("-0.0001"), null, null).parameters());

        assertThat(error.getConstraint()).isEqualTo("probability_models_validation_calibration_check");
    }

    @Test
    void rejectsAccuracyAboveOne() {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, ModelRow.INSERT,
                ModelRow.valid("accuracy_high").withMetrics(null, new BigDecimal("1.0001"), null).parameters());

        assertThat(error.getConstraint()).isEqualTo("probability_models_validation_accuracy_check");
    }

    @Test
    void rejectsNegativeSampleSize() {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, ModelRow.INSERT,
                ModelRow.valid("sample_negative").withMetrics(null, null, -1L).parameters());

        assertThat(error.getConstraint()).isEqualTo("probability_models_validation_sample_size_check");
    }

    @Test
    void rejectsNotANumberCalibration() throws SQLException {
        long id = ModelRow.valid("calibration_nan").insert(connection);

        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection,
                "UPDATE probability_models SET validation_calibration = 'NaN' WHERE model_id = ?", id);

        assertThat(error.getConstraint()).isEqualTo("probability_models_validation_calibration_check");
    }
}
