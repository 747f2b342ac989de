package io.precog.models.adapters.rest.web;

import static io.precog.models.adapters.rest.support.ModelRequests.create;
import static io.precog.models.adapters.rest.support.ModelRequests.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.rest.support.ApiResponse;
import io.precog.models.adapters.rest.support.ApiTestSupport;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Events, resolutions, predictions single and in batches, attribution and forecast comparison. */
@SuppressWarnings("unchecked")
class EventsAndPredictionsIT extends ApiTestSupport {

    private final String token = allScopes("strategy-bot");

    private long model(String name, String version) {
        return ((Number) api.post("/api/v1/models", create(name, version), token).json().get("model_id"))
                .longValue();
    }

    private String event(String prefix) {
        String eventId = uniqueName(prefix);
        ApiResponse response = api.post("/api/v1/events", "{\"event_id\":\"" + eventId + "\",\"domain\":\"nfl\"}",
                token);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return eventId;
    }

    private ApiResponse predict(long modelId, String eventId, String probability) {
        return api.post("/api/v1/predictions", "{\"model_id\":" + modelId + ",\"event_id\":\"" + eventId
                + "\",\"probability\":" + probability + "}", token);
    }

    @Test
    void recordsReadsAndResolvesAnEvent() {
        String eventId = uniqueName("chi-gb");
        ApiResponse created = api.post("/api/v1/events", "{\"event_id\":\"" + eventId + "\",\"domain\":\"nfl\","
                + "\"description\":\"Bears at Packers\",\"starts_at\":\"2019-09-05T20:20:00Z\"}", token);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/v1/events/" + eventId);
        assertThat(api.get("/api/v1/events/" + eventId, token).json()).containsEntry("resolution", "pending")
                .containsEntry("starts_at", "2019-09-05T20:20:00Z").containsEntry("resolved_at", null)
                .containsEntry("description", "Bears at Packers");

        ApiResponse resolved = api.post("/api/v1/events/" + eventId + "/resolution", "{\"resolution\":\"no\"}", token);
        ApiResponse again = api.post("/api/v1/events/" + eventId + "/resolution", "{\"resolution\":\"no\"}", token);
        ApiResponse conflicting = api.post("/api/v1/events/" + eventId + "/resolution", "{\"resolution\":\"yes\"}",
                token);

        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json()).containsEntry("resolution", "no");
        assertThat(resolved.json().get("resolved_at")).isNotNull();
        assertThat(again.json().get("resolved_at")).isEqualTo(resolved.json().get("resolved_at"));
        assertThat(conflicting.status()).isEqualTo(409);
        assertThat(conflicting.problemCode()).isEqualTo("event-already-resolved");
        assertThat(conflicting.json()).containsEntry("resolution", "no").containsEntry("requested_resolution", "yes");
    }

    @Test
    void rejectsDuplicateUnknownAndInvalidEvents() {
        String eventId = event("dup");

        ApiResponse duplicate = api.post("/api/v1/events", "{\"event_id\":\"" + eventId + "\",\"domain\":\"nfl\"}",
                token);
        ApiResponse unknown = api.get("/api/v1/events/no-such-event", token);
        ApiResponse invalidId = api.post("/api/v1/events", "{\"event_id\":\"bad id!\",\"domain\":\"nfl\"}", token);
        ApiResponse pending = api.post("/api/v1/events/" + eventId + "/resolution", "{\"resolution\":\"pending\"}",
                token);
        ApiResponse missing = api.post("/api/v1/events/" + eventId + "/resolution", "{}", token);
        ApiResponse resolveUnknown = api.post("/api/v1/events/no-such-event/resolution",
                "{\"resolution\":\"yes\"}", token);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.problemCode()).isEqualTo("duplicate-event");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemCode()).isEqualTo("event-not-found");
        assertThat(invalidId.status()).isEqualTo(422);
        assertThat(invalidId.json()).containsEntry("field", "event_id");
        assertThat(pending.status()).isEqualTo(422);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(resolveUnknown.status()).isEqualTo(404);
    }

    @Test
    void recordsAndAttributesPrediction() {
        long modelId = model(uniqueName("elo"), "v1.0");
        String eventId = event("game");

        ApiResponse created = predict(modelId, eventId, "0.650");

        assertThat(created.status()).isEqualTo(201);
        long predictionId = ((Number) created.json().get("prediction_id")).longValue();
        assertThat(created.location()).endsWith("/api/v1/predictions/" + predictionId);
        assertThat(created.body()).contains("\"probability\":0.650");
        assertThat(created.json()).containsEntry("recorded_by", "strategy-bot").containsEntry("event_id", eventId);
        assertThat(api.get("/api/v1/predictions/" + predictionId, token).json())
                .containsEntry("probability", new BigDecimal("0.650"));
        ApiResponse attribution = api.get("/api/v1/predictions/" + predictionId + "/attribution", token);
        Map<String, Object> model = (Map<String, Object>) attribution.json().get("model");
        assertThat(model).containsEntry("model_id", (int) modelId);
        assertThat(((Map<String, Object>) model.get("config"))).containsEntry("k_factor", new BigDecimal("32.0"));
        assertThat(((Map<String, Object>) attribution.json().get("prediction")))
                .containsEntry("prediction_id", (int) predictionId);
    }

    @Test
    void rejectsInvalidDuplicateAndOrphanPredictions() {
        long modelId = model(uniqueName("elo"), "v1.0");
        String eventId = event("game");
        predict(modelId, eventId, "0.5");

        ApiResponse duplicate = predict(modelId, eventId, "0.6");
        ApiResponse outOfRange = predict(modelId, event("game"), "1.5");
        ApiResponse unknownEvent = predict(modelId, "no-such-event", "0.5");
        ApiResponse unknownModel = predict(987654321, eventId, "0.5");
        ApiResponse missingModel = api.post("/api/v1/predictions", "{\"event_id\":\"" + eventId
                + "\",\"probability\":0.5}", token);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.problemCode()).isEqualTo("duplicate-prediction");
        assertThat(outOfRange.status()).isEqualTo(422);
        assertThat(outOfRange.json()).containsEntry("field", "probability").containsEntry("value", "1.5");
        assertThat(unknownEvent.status()).isEqualTo(404);
        assertThat(unknownEvent.problemCode()).isEqualTo("event-not-found");
        assertThat(unknownModel.status()).isEqualTo(404);
        assertThat(missingModel.status()).isEqualTo(422);
        assertThat(missingModel.json()).containsEntry("field", "model_id");
        assertThat(api.get("/api/v1/predictions/987654321", token).problemCode()).isEqualTo("prediction-not-found");
    }

    @Test
    void rejectsPredictionsOfADeprecatedVersion() {
        long modelId = model(uniqueName("elo"), "v1.0");
        api.post("/api/v1/models/" + modelId + "/status", status("deprecated"), token);

        ApiResponse response = predict(modelId, event("game"), "0.5");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).containsEntry("field", "model_id");
    }

    @Test
    void recordsABatchAllOrNothing() {
        long modelId = model(uniqueName("elo"), "v1.0");
        String first = event("game");
        String second = event("game");
        String third = event("game");

        ApiResponse batch = api.post("/api/v1/predictions/batch", "{\"predictions\":["
                + "{\"model_id\":" + modelId + ",\"event_id\":\"" + first + "\",\"probability\":0.1},"
                + "{\"model_id\":" + modelId + ",\"event_id\":\"" + second + "\",\"probability\":0.2,"
                + "\"predicted_at\":\"2025-01-31T18:00:00Z\"}]}", token);
        ApiResponse failing = api.post("/api/v1/predictions/batch", "{\"predictions\":["
                + "{\"model_id\":" + modelId + ",\"event_id\":\"" + third + "\",\"probability\":0.3},"
                + "{\"model_id\":" + modelId + ",\"event_id\":\"" + first + "\",\"probability\":0.4}]}", token);
        ApiResponse empty = api.post("/api/v1/predictions/batch", "{\"predictions\":[]}", token);
        ApiResponse nullEntry = api.post("/api/v1/predictions/batch", "{\"predictions\":[null]}", token);

        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.json()).containsEntry("recorded", 2);
        assertThat(failing.status()).isEqualTo(409);
        assertThat(predictionCount(modelId)).isEqualTo(2);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(nullEntry.status()).isEqualTo(422);
        assertThat(nullEntry.json()).containsEntry("field", "predictions[0]");
    }

    @Test
    void comparesForecastsOnResolvedEvents() {
        String name = uniqueName("elo");
        long a = model(name, "v1.0");
        long b = model(name, "v1.1");
        String yes = event("game");
        String no = event("game");
        predict(a, yes, "0.8");
        predict(a, no, "0.3");
        predict(b, yes, "0.6");
        predict(b, no, "0.5");
        api.post("/api/v1/events/" + yes + "/resolution", "{\"resolution\":\"yes\"}", token);
        api.post("/api/v1/events/" + no + "/resolution", "{\"resolution\":\"no\"}", token);

        Map<String, Object> forecasts = (Map<String, Object>) api.get("/api/v1/models/" + a + "/compare/" + b, token)
                .json().get("forecasts");

        // A: ((1 - 0.8)² + 0.3²) / 2 = 0.065; B: ((1 - 0.6)² + 0.5²) / 2 = 0.205; difference -0.14.
        assertThat(forecasts).containsEntry("common_events", 2);
        assertThat((BigDecimal) forecasts.get("mean_brier_a")).isEqualByComparingTo("0.065");
        assertThat((BigDecimal) forecasts.get("mean_brier_b")).isEqualByComparingTo("0.205");
        assertThat((BigDecimal) forecasts.get("mean_difference")).isEqualByComparingTo("-0.14");
    }

    private static long predictionCount(long modelId) {
        try (Connection connection = DATABASE.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM predictions WHERE model_id = ?")) {
            query.setLong(1, modelId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
