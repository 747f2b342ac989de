package io.precog.models.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.precog.models.domain.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelVersionTest {

    @Test
    void parsesTwoAndThreeComponentVersions() {
        ModelVersion shortForm = ModelVersion.parse("v1.2");
        ModelVersion longForm = ModelVersion.parse("v10.20.30");

        assertThat(shortForm.major()).isEqualTo(1);
        assertThat(shortForm.minor()).isEqualTo(2);
        assertThat(shortForm.patch()).isZero();
        assertThat(longForm.major()).isEqualTo(10);
        assertThat(longForm.minor()).isEqualTo(20);
        assertThat(longForm.patch()).isEqualTo(30);
    }

    @Test
    void keepsTheWrittenFormAndHasACanonicalForm() {
        assertThat(ModelVersion.parse("v1.0")).hasToString("v1.0");
        assertThat(ModelVersion.parse("v1.0").canonical()).isEqualTo("v1.0.0");
        assertThat(ModelVersion.parse("v1.0.0")).hasToString("v1.0.0");
    }

    @Test
    void equalsIgnoringAnOmittedZeroPatch() {
        assertThat(ModelVersion.parse("v1.0")).isEqualTo(ModelVersion.parse("v1.0.0"));
        assertThat(ModelVersion.parse("v1.0")).hasSameHashCodeAs(ModelVersion.parse("v1.0.0"));
        assertThat(ModelVersion.parse("v1.0")).isNotEqualTo(ModelVersion.parse("v1.0.1"));
    }

    @Test
    void ordersNumericallyNotAlphabetically() {
        assertThat(ModelVersion.parse("v1.10")).isGreaterThan(ModelVersion.parse("v1.9"));
        assertThat(ModelVersion.parse("v2.0")).isGreaterThan(ModelVersion.parse("v1.99.99"));
        assertThat(ModelVersion.parse("v1.0.1")).isGreaterThan(ModelVersion.parse("v1.0"));
        assertThat(ModelVersion.parse("v1.0").compareTo(ModelVersion.parse("v1.0.0"))).isZero();
    }

    @Test
    void suggestsNextVersionInTheWrittenStyle() {
        ModelVersion current = ModelVersion.parse("v1.2");

        assertThat(current.next(VersionBump.MAJOR)).hasToString("v2.0");
        assertThat(current.next(VersionBump.MINOR)).hasToString("v1.3");
        assertThat(current.next(VersionBump.PATCH)).hasToString("v1.2.1");
        assertThat(ModelVersion.parse("v1.2.3").next(VersionBump.MINOR)).hasToString("v1.3.0");
        assertThat(ModelVersion.parse("v1.2.3").next(VersionBump.MAJOR)).hasToString("v2.0.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "v1", "v1.", "v1.0.0.0", "V1.0", "v01.0", "v1.-1", "v1.0a", " v1.0", "v1.0 ",
            "v1234567890.0", ""})
    void rejectsMalformedVersionShowingTheAcceptedForm(String text) {
        assertThatThrownBy(() -> ModelVersion.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("model_version")
                .hasMessageContaining("such as v1.0 or v1.0.1");
    }

    @Test
    void rejectsMissingVersion() {
        assertThatThrownBy(() -> ModelVersion.parse(null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid model_version: missing; use v followed by MAJOR.MINOR or MAJOR.MINOR.PATCH,"
                        + " such as v1.0 or v1.0.1 (non-negative numbers of at most 9 digits without leading zeros)");
    }

    @Test
    void rejectsIncrementBeyondNineDigits() {
        assertThatThrownBy(() -> ModelVersion.parse("v999999999.0").next(VersionBump.MAJOR))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 9 digits");
    }
}
