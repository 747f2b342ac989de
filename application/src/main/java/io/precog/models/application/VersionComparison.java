package io.precog.models.application;

import io.precog.models.domain.calibration.PairedComparison;
import io.precog.models.domain.model.ProbabilityModel;
import java.util.List;
import java.util.Optional;

/**
 * Differences between two versions: their configs, and their forecasts on the resolved events both predicted.
 *
 * @param configDifferences key paths whose values differ, were added or were removed, such as {@code k_factor}
 * @param forecasts         paired Brier comparison of A against B; empty when they share no resolved event
 */
public record VersionComparison(ProbabilityModel versionA, ProbabilityModel versionB,
                                List<ConfigDifference> configDifferences, Optional<PairedComparison> forecasts) {

    public VersionComparison {
        configDifferences = List.copyOf(configDifferences);
    }
}
