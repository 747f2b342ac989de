package io.precog.models.domain.model;

import static io.precog.models.domain.model.ModelStatus.ACTIVE;
import static io.precog.models.domain.model.ModelStatus.DEPRECATED;
import static io.precog.models.domain.model.ModelStatus.DRAFT;
import static io.precog.models.domain.model.ModelStatus.TESTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.precog.models.domain.error.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ModelStatusTest {

    /** Every pair of the lifecycle table, written out independently of the implementation. */
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "DRAFT, DRAFT, false", "DRAFT, TESTING, true", "DRAFT, ACTIVE, false", "DRAFT, DEPRECATED, true",
            "TESTING, DRAFT, true", "TESTING, TESTING, false", "TESTING, ACTIVE, true", "TESTING, DEPRECATED, true",
            "ACTIVE, DRAFT, false", "ACTIVE, TESTING, false", "ACTIVE, ACTIVE, false", "ACTIVE, DEPRECATED, true",
            "DEPRECATED, DRAFT, false", "DEPRECATED, TESTING, false", "DEPRECATED, ACTIVE, false",
            "DEPRECATED, DEPRECATED, false"})
    void followsTheLifecycleTable(ModelStatus from, ModelStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void listsAllowedTargetsInLifecycleOrder() {
        assertThat(TESTING.allowedTargetNames()).containsExactly("draft", "active", "deprecated");
        assertThat(DEPRECATED.allowedTargetNames()).isEmpty();
    }

    @Test
    void allowsEveryStatusButDeprecatedAtCreation() {
        assertThat(DRAFT.allowedAtCreation()).isTrue();
        assertThat(TESTING.allowedAtCreation()).isTrue();
        assertThat(ACTIVE.allowedAtCreation()).isTrue();
        assertThat(DEPRECATED.allowedAtCreation()).isFalse();
    }

    @Test
    void parsesLowercaseNamesOnly() {
        assertThat(ModelStatus.parse("active")).isEqualTo(ACTIVE);
        assertThatThrownBy(() -> ModelStatus.parse("ACTIVE"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid status 'ACTIVE': use one of draft, testing, active, deprecated");
    }
}
