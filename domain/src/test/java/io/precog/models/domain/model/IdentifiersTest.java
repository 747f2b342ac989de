package io.precog.models.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.precog.models.domain.error.ImmutableFieldException;
import io.precog.models.domain.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "nfl_elo", "elo-v2", "model.x", "a1"})
    void acceptsLowercaseIdentifiers(String name) {
        assertThat(new ModelName(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NFL", "1elo", "_elo", "elo elo", "../etc", "elo;drop table", "é"})
    void rejectsMalformedNamesShowingTheRule(String name) {
        assertThatThrownBy(() -> new ModelName(name))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Invalid model_name")
                .hasMessageEndingWith("use a lowercase letter followed by lowercase letters, digits, '_', '-' or '.',"
                        + " such as nfl_elo");
    }

    @Test
    void acceptsHundredCharactersAndRejectsMore() {
        assertThat(new DomainName("d" + "x".repeat(99)).value()).hasSize(100);
        assertThatThrownBy(() -> new DomainName("d" + "x".repeat(100)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageEndingWith("is 101 characters long; the maximum is 100");
    }

    @Test
    void rejectsMissingModelClass() {
        assertThatThrownBy(() -> new ModelClassName(null))
                .hasMessage("Invalid model_class: missing; give a lowercase identifier such as nfl_elo");
    }

    @Test
    void rejectsBlankActor() {
        assertThatThrownBy(() -> new Actor(" "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid actor ' ': missing; every change needs an authenticated caller");
    }

    @Test
    void rejectsImmutableFieldNamingTheMutableOnes() {
        assertThatThrownBy(() -> ModelField.requireMutable("config"))
                .isInstanceOf(ImmutableFieldException.class)
                .hasMessage("Field config is immutable once a model version exists: create a new version to change"
                        + " it; the fields that can be changed are status, description, notes, validation_calibration,"
                        + " validation_accuracy, validation_sample_size, last_validated_at");
        assertThat(ModelField.requireMutable("notes")).isEqualTo(ModelField.NOTES);
        assertThatThrownBy(() -> ModelField.requireMutable("colour"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Invalid field 'colour': is not a field of a model");
    }
}
