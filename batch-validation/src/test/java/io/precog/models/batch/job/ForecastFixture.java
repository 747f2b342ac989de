package io.precog.models.batch.job;

import io.precog.models.application.CreateModelCommand;
import io.precog.models.application.ModelManager;
import io.precog.models.application.NewPrediction;
import io.precog.models.application.port.ImportForecasts;
import io.precog.models.domain.config.ModelConfig;
import io.precog.models.domain.model.Actor;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelClassName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.prediction.Event;
import io.precog.models.domain.prediction.EventId;
import io.precog.models.domain.prediction.Probability;
import io.precog.models.domain.prediction.Resolution;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Builds small sets of model versions, events and forecasts in the test database. */
final class ForecastFixture {

    static final Actor TESTER = new Actor("tester");

    private final ModelManager manager;
    private final ImportForecasts imports;

    ForecastFixture(ModelManager manager, ImportForecasts imports) {
        this.manager = manager;
        this.imports = imports;
    }

    /** A new model version v1.0 of class logistic; returns its id. */
    long model(String name, String domain, ModelStatus status) {
        return manager.createModel(new CreateModelCommand(new ModelName(name), ModelVersion.parse("v1.0"),
                new ModelClassName("logistic"), new DomainName(domain),
                ModelConfig.of(Map.of("weight", new BigDecimal("1.0"), "name", name)), status, null, null), TESTER)
                .model().modelId();
    }

    /** An event resolved at {@code resolvedAt}, or pending when the resolution is pending. */
    void event(String id, String domain, Resolution resolution, Instant resolvedAt) {
        imports.insertEvents(List.of(new Event(new EventId(id), new DomainName(domain), null, null, resolution,
                resolution == Resolution.PENDING ? null : resolvedAt)));
    }

    void forecast(long modelId, String eventId, String probability, Instant predictedAt) {
        manager.recordPredictions(List.of(new NewPrediction(modelId, new EventId(eventId),
                Probability.parse(probability), predictedAt)), TESTER);
    }
}
