package io.precog.models.domain.model;

import io.precog.models.domain.config.ModelConfig;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Builders of models for domain tests. */
final class ModelFixtures {

    static final Instant CREATED = Instant.parse("2026-01-05T10:00:00Z");
    static final Clock LATER = Clock.fixed(Instant.parse("2026-01-06T12:30:00Z"), ZoneOffset.UTC);
    static final Actor ANALYST = new Actor("analyst@precog.io");

    private ModelFixtures() {
    }

    static ProbabilityModel model(ModelStatus status) {
        return new ProbabilityModel(7, new ModelName("nfl_elo"), ModelVersion.parse("v1.0"),
                new ModelClassName("elo"), new DomainName("nfl"),
                ModelConfig.of(Map.of("k_factor", new BigDecimal("32.0"))), status, "Elo for NFL", null,
                ValidationMetrics.NONE, CREATED, ANALYST, CREATED);
    }
}
