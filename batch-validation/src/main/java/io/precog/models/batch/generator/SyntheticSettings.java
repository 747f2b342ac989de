package io.precog.models.batch.generator;

import io.precog.models.domain.model.DomainName;
import java.math.BigDecimal;

/**
 * What to generate. Each event has a true probability q drawn uniformly from [0.02, 0.98] and an
 * outcome drawn from it; each model forecasts p = σ(s·(logit q + δ)), where s is the miscalibration
 * (1 calibrated, above 1 overconfident, below 1 underconfident) and δ is the model's own normal error
 * with standard deviation {@value #MODEL_NOISE}.
 *
 * @param events         number of events, at least 1
 * @param models         number of model versions, 1 to 999
 * @param seed           the same seed gives the same data
 * @param miscalibration s above, positive
 * @param decimals       decimal places of each forecast, 1 to 18
 * @param voidShare      share of events resolved void, in [0, 1)
 */
public record SyntheticSettings(long events, int models, long seed, BigDecimal miscalibration, int decimals,
                                BigDecimal voidShare, DomainName domain) {

    public static final double MODEL_NOISE = 0.3;

    public SyntheticSettings {
        if (events < 1 || models < 1 || models > 999) {
            throw new IllegalArgumentException("need at least 1 event and 1 to 999 models: " + events + ", " + models);
        }
        if (miscalibration.signum() <= 0) {
            throw new IllegalArgumentException("miscalibration must be positive: " + miscalibration);
        }
        if (decimals < 1 || decimals > 18) {
            throw new IllegalArgumentException("decimals must be between 1 and 18: " + decimals);
        }
        if (voidShare.signum() < 0 || voidShare.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("void share must be in [0, 1): " + voidShare);
        }
    }

    /** Name of the j-th generated model (1-based), such as {@code synthetic-s42-m07}. */
    public String modelName(int model) {
        return String.format("synthetic-s%d-m%02d", seed, model);
    }

    /** Id of the i-th generated event (0-based), such as {@code syn-s42-e000123}. */
    public String eventId(long event) {
        return String.format("syn-s%d-e%07d", seed, event);
    }

    public long predictions() {
        return events * models;
    }
}
