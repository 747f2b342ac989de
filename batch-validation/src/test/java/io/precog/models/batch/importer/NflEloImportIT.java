package io.precog.models.batch.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.precog.models.adapters.postgres.testing.TestDatabase;
import io.precog.models.adapters.postgres.testing.TestDatabases;
import io.precog.models.application.ModelManager;
import io.precog.models.application.port.ImportForecasts;
import io.precog.models.batch.CalibrationApplication;
import io.precog.models.domain.config.ModelConfig;
import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.StatusChange;
import io.precog.models.domain.prediction.EventId;
import io.precog.models.domain.prediction.Resolution;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Importing NFL games: ties are void, probabilities stay exact, and importing again changes nothing. */
@SpringBootTest(classes = CalibrationApplication.class)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NflEloImportIT {

    static final TestDatabase DATABASE = TestDatabases.createMigrated("nfl-import");

    static final String GAMES = NflEloFileTest.HEADER
            + "2000-09-10,2000,0,0,DET,WSH,1481.456,1546.456,0.5,15,10,1\n"
            + "2000-09-17,2000,0,0,DET,TB,1,2,0.41799485818034806,14,31,0\n"
            + "1997-11-23,1997,0,0,NYG,WSH,1,2,0.6425,7,7,0.5\n";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
        registry.add("spring.datasource.username", DATABASE::user);
    }

    @AfterAll
    static void dropDatabase() {
        DATABASE.close();
    }

    @Autowired
    ModelManager manager;
    @Autowired
    ImportForecasts imports;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    NflEloImporter importer;
    ProbabilityModel model;
    NflImportSummary first;

    @BeforeAll
    void importOnce() {
        importer = new NflEloImporter(manager, imports, clock);
        ModelRegistration registration = importer.registerModel(ModelConfig.of(NflEloSource.provenance()));
        assertThat(registration.created()).isTrue();
        assertThat(registration.movedToTesting()).isTrue();
        model = registration.model();
        first = importer.importGames(model, games());
    }

    @Test
    @Order(1)
    void storesOneEventAndPredictionPerGame() {
        assertThat(first.games()).isEqualTo(3);
        assertThat(first.ties()).isEqualTo(1);
        assertThat(first.eventsStored()).isEqualTo(3);
        assertThat(first.predictionsStored()).isEqualTo(3);
    }

    @Test
    @Order(2)
    void resolvesTiesAsVoidNextDay() {
        assertThat(manager.getEvent(new EventId("nfl-2000-09-10-det-wsh")).resolution()).isEqualTo(Resolution.YES);
        assertThat(manager.getEvent(new EventId("nfl-2000-09-17-det-tb")).resolution()).isEqualTo(Resolution.NO);
        assertThat(manager.getEvent(new EventId("nfl-1997-11-23-nyg-wsh")).resolution()).isEqualTo(Resolution.VOID);
        assertThat(manager.getEvent(new EventId("nfl-1997-11-23-nyg-wsh")).resolvedAt())
                .isEqualTo(Instant.parse("1997-11-24T00:00:00Z"));
    }

    @Test
    @Order(3)
    void keepsEveryProbabilityDigit() {
        assertThat(jdbc.queryForList("SELECT probability::text FROM predictions WHERE model_id = ? ORDER BY event_id",
                String.class, model.modelId())).containsExactly("0.6425", "0.5", "0.41799485818034806");
    }

    @Test
    @Order(4)
    void registersEloModelInTesting() {
        assertThat(model.modelClass().value()).isEqualTo("elo");
        assertThat(model.status()).isEqualTo(ModelStatus.TESTING);
        assertThat(model.config().values()).containsEntry("file", "data/nfl_games.csv")
                .containsEntry("sha256", NflEloSource.sha256());
        assertThat(manager.statusHistory(model.modelId())).extracting(StatusChange::to)
                .containsExactly(ModelStatus.TESTING);
    }

    @Test
    @Order(5)
    void secondImportChangesNothing() {
        List<Map<String, Object>> before = snapshot();
        ModelRegistration again = importer.registerModel(ModelConfig.of(NflEloSource.provenance()));
        NflImportSummary second = importer.importGames(again.model(), games());
        assertThat(again.created()).isFalse();
        assertThat(again.movedToTesting()).isFalse();
        assertThat(again.model().modelId()).isEqualTo(model.modelId());
        assertThat(second.eventsStored()).isZero();
        assertThat(second.predictionsStored()).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    @Order(6)
    void rejectsChangedProbability() {
        String changed = NflEloFileTest.HEADER
                + "2000-09-24,2000,0,0,DET,CHI,1,2,0.7,21,14,1\n"
                + "2000-09-10,2000,0,0,DET,WSH,1481.456,1546.456,0.51,15,10,1\n";
        List<Map<String, Object>> before = snapshot();
        assertThatThrownBy(() -> importer.importGames(model, NflEloFile.read(new StringReader(changed))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("nfl-2000-09-10-det-wsh")
                .hasMessageContaining("0.5");
        List<Map<String, Object>> after = snapshot();
        assertThat(after.get(1)).isEqualTo(before.get(1));
    }

    List<NflGame> games() {
        return NflEloFile.read(new StringReader(GAMES));
    }

    List<Map<String, Object>> snapshot() {
        return List.of(
                jdbc.queryForMap("SELECT count(*) AS events, string_agg(event_id || resolution || resolved_at, ','"
                        + " ORDER BY event_id) AS detail FROM events"),
                jdbc.queryForMap("SELECT count(*) AS predictions, string_agg(event_id || probability::text || recorded_at,"
                        + " ',' ORDER BY event_id) AS detail FROM predictions"),
                jdbc.queryForMap("SELECT count(*) AS models, string_agg(status || coalesce(updated_at::text, ''), ',')"
                        + " AS detail FROM probability_models"));
    }
}
