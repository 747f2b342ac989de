package io.precog.models.adapters.rest.json;

import io.precog.models.application.ConfigDifference;
import io.precog.models.application.VersionComparison;
import io.precog.models.domain.calibration.PairedComparison;
import java.util.List;

/**
 * Two versions compared: their configs, and their Brier scores on the resolved events both predicted.
 *
 * @param forecasts null when the versions share no resolved event
 */
public record ComparisonBody(ModelBody versionA, ModelBody versionB, List<ConfigDifference> configDifferences,
                             PairedComparison forecasts) {

    public static ComparisonBody of(VersionComparison comparison) {
        return new ComparisonBody(ModelBody.of(comparison.versionA()), ModelBody.of(comparison.versionB()),
                comparison.configDifferences(), comparison.forecasts().orElse(null));
    }
}
