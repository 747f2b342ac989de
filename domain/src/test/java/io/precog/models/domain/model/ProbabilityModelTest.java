package io.precog.models.domain.model;

import static io.precog.models.domain.model.ModelFixtures.ANALYST;
import static io.precog.models.domain.model.ModelFixtures.CREATED;
import static io.precog.models.domain.model.ModelFixtures.LATER;
import static io.precog.models.domain.model.ModelFixtures.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.precog.models.domain.error.InvalidMetricsException;
import io.precog.models.domain.error.InvalidStatusTransitionException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProbabilityModelTest {

    @Nested
    class Transitions {

        @Test
        void returnsMovedModelAndChangeToRecord() {
            ProbabilityModel draft = model(ModelStatus.DRAFT);

            StatusTransition transition = draft.transitionTo(ModelStatus.TESTING, ANALYST, "backtest ok", LATER);

            assertThat(transition.model().status()).isEqualTo(ModelStatus.TESTING);
            assertThat(transition.model().updatedAt()).isEqualTo(Instant.parse("2026-01-06T12:30:00Z"));
            assertThat(transition.change()).isEqualTo(new StatusChange(7, ModelStatus.DRAFT, ModelStatus.TESTING,
                    Instant.parse("2026-01-06T12:30:00Z"), ANALYST, "backtest ok"));
            assertThat(draft.status()).isEqualTo(ModelStatus.DRAFT);
        }

        @Test
        void keepsImmutableFieldsAcrossTransition() {
            ProbabilityModel testing = model(ModelStatus.TESTING);

            ProbabilityModel active = testing.transitionTo(ModelStatus.ACTIVE, ANALYST, null, LATER).model();

            assertThat(active.name()).isEqualTo(testing.name());
            assertThat(active.version()).isEqualTo(testing.version());
            assertThat(active.config()).isEqualTo(testing.config());
            assertThat(active.createdAt()).isEqualTo(CREATED);
            assertThat(active.createdBy()).isEqualTo(ANALYST);
        }

        @Test
        void rejectsDeprecatedToActiveAsTerminal() {
            ProbabilityModel deprecated = model(ModelStatus.DEPRECATED);

            assertThatThrownBy(() -> deprecated.transitionTo(ModelStatus.ACTIVE, ANALYST, null, LATER))
                    .isInstanceOfSatisfying(InvalidStatusTransitionException.class, error -> {
                        assertThat(error.getMessage()).isEqualTo("Cannot change status from deprecated to active:"
                                + " deprecated is terminal, so create a new version to use this config again");
                        assertThat(error.details()).containsEntry("from", "deprecated")
                                .containsEntry("to", "active")
                                .containsEntry("allowed", List.of());
                    });
        }

        @Test
        void rejectsMoveToCurrentStatusListingAllowedTargets() {
            assertThatThrownBy(() -> model(ModelStatus.ACTIVE).transitionTo(ModelStatus.ACTIVE, ANALYST, null, LATER))
                    .isInstanceOf(InvalidStatusTransitionException.class)
                    .hasMessage("Cannot change status from active to active: allowed from active are deprecated");
        }

        @Test
        void rejectsDraftToActive() {
            assertThatThrownBy(() -> model(ModelStatus.DRAFT).transitionTo(ModelStatus.ACTIVE, ANALYST, null, LATER))
                    .isInstanceOf(InvalidStatusTransitionException.class)
                    .hasMessage("Cannot change status from draft to active: allowed from draft are testing, deprecated");
        }
    }

    @Nested
    class Metrics {

        @Test
        void storesGivenValuesExactlyAndStampsValidationTime() {
            MetricsUpdate update = new MetricsUpdate(new BigDecimal("0.92"), new BigDecimal("0.670"), 272L);

            ProbabilityModel validated = model(ModelStatus.TESTING).withMetrics(update, LATER);

            assertThat(validated.metrics().calibration()).hasToString("0.92");
            assertThat(validated.metrics().accuracy()).hasToString("0.670");
            assertThat(validated.metrics().sampleSize()).isEqualTo(272L);
            assertThat(validated.metrics().lastValidatedAt()).isEqualTo(Instant.parse("2026-01-06T12:30:00Z"));
        }

        @Test
        void keepsMetricsThatAnUpdateOmits() {
            ProbabilityModel first = model(ModelStatus.TESTING)
                    .withMetrics(new MetricsUpdate(new BigDecimal("0.89"), new BigDecimal("0.65"), 272L), LATER);

            ProbabilityModel second = first.withMetrics(new MetricsUpdate(null, null, 300L), LATER);

            assertThat(second.metrics().calibration()).hasToString("0.89");
            assertThat(second.metrics().accuracy()).hasToString("0.65");
            assertThat(second.metrics().sampleSize()).isEqualTo(300L);
        }

        @Test
        void rejectsUpdateWithoutAnyMetric() {
            assertThatThrownBy(() -> new MetricsUpdate(null, null, null))
                    .isInstanceOf(InvalidMetricsException.class)
                    .hasMessage("Invalid metrics: no metric given; give at least one of validation_calibration,"
                            + " validation_accuracy, validation_sample_size");
        }

        @Test
        void rejectsCalibrationAboveOne() {
            assertThatThrownBy(() -> new MetricsUpdate(new BigDecimal("1.0001"), null, null))
                    .isInstanceOf(InvalidMetricsException.class)
                    .hasMessage("Invalid metrics: validation_calibration = 1.0001: must be a decimal in [0, 1]");
        }

        @Test
        void rejectsNegativeAccuracyAndSampleSize() {
            assertThatThrownBy(() -> new MetricsUpdate(null, new BigDecimal("-0.1"), null))
                    .hasMessage("Invalid metrics: validation_accuracy = -0.1: must be a decimal in [0, 1]");
            assertThatThrownBy(() -> new MetricsUpdate(null, null, -1L))
                    .hasMessage("Invalid metrics: validation_sample_size = -1: must be an integer of at least 0");
        }

        @Test
        void acceptsBoundsZeroAndOne() {
            MetricsUpdate bounds = new MetricsUpdate(BigDecimal.ZERO, BigDecimal.ONE, 0L);

            assertThat(bounds.calibration()).isEqualTo(BigDecimal.ZERO);
            assertThat(bounds.accuracy()).isEqualTo(BigDecimal.ONE);
        }

        @Test
        void roundsComputedValuesHalfEvenToTenPlaces() {
            MetricsUpdate computed = MetricsUpdate.computed(new BigDecimal("0.123456789050"),
                    new BigDecimal("0.123456789150"), 5);

            assertThat(computed.calibration()).hasToString("0.1234567890");
            assertThat(computed.accuracy()).hasToString("0.1234567892");
        }
    }

    @Test
    void replacesOnlyGivenTextFields() {
        ProbabilityModel updated = model(ModelStatus.DRAFT).withText(null, "retrained weekly", LATER);

        assertThat(updated.description()).isEqualTo("Elo for NFL");
        assertThat(updated.notes()).isEqualTo("retrained weekly");
    }
}
