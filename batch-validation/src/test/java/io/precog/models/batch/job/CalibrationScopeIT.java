package io.precog.models.batch.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.postgres.testing.TestDatabase;
import io.precog.models.adapters.postgres.testing.TestDatabases;
import io.precog.models.application.ModelManager;
import io.precog.models.application.port.ImportForecasts;
import io.precog.models.batch.CalibrationApplication;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.prediction.Resolution;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Which model versions a run validates: by status, by domain, by model name. */
@SpringBootTest(classes = CalibrationApplication.class)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalibrationScopeIT {

    static final TestDatabase DATABASE = TestDatabases.createMigrated("calibration-scope");
    static final Instant RESOLVED = Instant.parse("2024-05-01T12:00:00Z");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DatabaseTest.register(registry, DATABASE);
    }

    @AfterAll
    static void dropDatabase() {
        DATABASE.close();
    }

    @Autowired
    CalibrationRunner runner;
    @Autowired
    ModelManager manager;
    @Autowired
    ImportForecasts imports;

    long weatherTesting;
    long weatherActive;
    long sportsTesting;
    long sportsDraft;
    long sportsDeprecated;

    @BeforeAll
    void storeForecasts() {
        ForecastFixture fixture = new ForecastFixture(manager, imports);
        weatherTesting = fixture.model("rain", "weather", ModelStatus.TESTING);
        weatherActive = fixture.model("wind", "weather", ModelStatus.ACTIVE);
        sportsTesting = fixture.model("goals", "sports", ModelStatus.TESTING);
        sportsDraft = fixture.model("corners", "sports", ModelStatus.DRAFT);
        sportsDeprecated = fixture.model("cards", "sports", ModelStatus.ACTIVE);
        fixture.event("w1", "weather", Resolution.YES, RESOLVED);
        fixture.event("s1", "sports", Resolution.NO, RESOLVED);
        for (long model : List.of(weatherTesting, weatherActive)) {
            fixture.forecast(model, "w1", "0.7", RESOLVED.minusSeconds(3600));
        }
        for (long model : List.of(sportsTesting, sportsDraft, sportsDeprecated)) {
            fixture.forecast(model, "s1", "0.2", RESOLVED.minusSeconds(3600));
        }
        manager.updateStatus(sportsDeprecated, ModelStatus.DEPRECATED, ModelStatus.ACTIVE, null, ForecastFixture.TESTER);
    }

    @Test
    void validatesTestingAndActiveByDefault() {
        assertThat(validated(CalibrationParameters.asOf(RESOLVED.plusSeconds(1))))
                .containsExactly(weatherTesting, weatherActive, sportsTesting);
    }

    @Test
    void validatesOnlyTheGivenDomain() {
        assertThat(validated(CalibrationParameters.asOf(RESOLVED.plusSeconds(2)).withDomain(new DomainName("sports"))))
                .containsExactly(sportsTesting);
    }

    @Test
    void validatesOnlyTheGivenModelName() {
        assertThat(validated(CalibrationParameters.asOf(RESOLVED.plusSeconds(3)).withModelName(new ModelName("wind"))))
                .containsExactly(weatherActive);
    }

    @Test
    void validatesOnlyTheGivenStatuses() {
        assertThat(validated(CalibrationParameters.asOf(RESOLVED.plusSeconds(4))
                .withStatuses(EnumSet.of(ModelStatus.DRAFT, ModelStatus.DEPRECATED))))
                .containsExactly(sportsDraft, sportsDeprecated);
    }

    @Test
    void storesNothingWhenNoVersionMatches() {
        CalibrationRun run = runner.run(CalibrationParameters.asOf(RESOLVED.plusSeconds(5))
                .withDomain(new DomainName("elections")));
        assertThat(run.outcome()).isEqualTo(CalibrationOutcome.COMPLETED);
        assertThat(runner.results(run.jobInstanceId())).isEmpty();
    }

    @Test
    void storesNothingBeforeAnyResolution() {
        CalibrationRun run = runner.run(CalibrationParameters.asOf(RESOLVED.minusSeconds(1)));
        assertThat(run.outcome()).isEqualTo(CalibrationOutcome.COMPLETED);
        assertThat(runner.results(run.jobInstanceId())).hasSize(3)
                .allSatisfy(result -> assertThat(result.run()).isEmpty());
    }

    List<Long> validated(CalibrationParameters parameters) {
        CalibrationRun run = runner.run(parameters);
        assertThat(run.outcome()).isEqualTo(CalibrationOutcome.COMPLETED);
        return runner.results(run.jobInstanceId()).stream().filter(result -> result.run().isPresent())
                .map(result -> result.model().modelId()).toList();
    }
}
