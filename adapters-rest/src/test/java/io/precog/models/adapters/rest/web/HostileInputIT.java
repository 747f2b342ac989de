package io.precog.models.adapters.rest.web;

import static io.precog.models.adapters.rest.support.ModelRequests.create;
import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.rest.support.ApiResponse;
import io.precog.models.adapters.rest.support.ApiTestSupport;
import io.precog.models.adapters.rest.support.ModelRequests;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Malformed and hostile input: every request gets a 4xx problem detail with no stack trace or SQL in it,
 * never a 5xx, and the database is exactly as it was before.
 */
@SuppressWarnings("unchecked")
class HostileInputIT extends ApiTestSupport {

    private static final List<String> TABLES = List.of("model_classes", "probability_models",
            "model_status_history", "events", "predictions");

    private final String token = allScopes("hostile");
    private String existingName;
    private long existingId;
    private String databaseBefore;

    @LocalServerPort
    private int port;

    @BeforeEach
    void rememberDatabase() {
        existingName = uniqueName("target");
        existingId = ((Number) api.post("/api/v1/models", create(existingName, "v1.0"), token).json()
                .get("model_id")).longValue();
        databaseBefore = databaseContents();
    }

    @AfterEach
    void databaseIsUnchanged() {
        assertThat(databaseContents()).isEqualTo(databaseBefore);
    }

    private static void assertRejected(ApiResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertCleanProblem(response);
    }

    private static void assertCleanProblem(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isBetween(400, 499);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json()).containsKeys("type", "title", "status", "detail");
        assertThat(response.json().get("type").toString()).startsWith("urn:precog:problem:");
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "java.", "tools.jackson", "SELECT",
                "INSERT", "org.postgresql", "SQLState");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "", "null", "[]", "42", "\"model\"", "{\"model_name\":}", "{'model_name':'x'}",
            "{\"model_name\":\"x\",}", "{\"model_name\":\"x\"} trailing", "{\"config\":{\"a\":01}}",
            "{\"config\":{\"a\":.5}}", "{\"config\":{\"a\":0x10}}", "{\"config\":{\"a\":1,\"a\":2}}"})
    void rejectsBrokenJsonWith400(String body) {
        assertRejected(api.post("/api/v1/models", body, token), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"model_name\":123}", "{\"model_name\":[\"a\"]}", "{\"model_name\":true}",
            "{\"config\":\"k=1\"}", "{\"config\":[1,2]}", "{\"config\":5}", "{\"description\":{\"a\":1}}",
            "{\"status\":1}"})
    void rejectsWrongTypesWith400(String body) {
        ApiResponse response = api.post("/api/v1/models", body, token);

        assertRejected(response, 400);
        assertThat(response.problemCode()).isEqualTo("wrong-type");
    }

    @Test
    void rejectsUnknownFieldsWith400NamingThem() {
        ApiResponse response = api.post("/api/v1/models",
                create(uniqueName("x"), "v1.0").replace("{\"model_name\"", "{\"modelName\":\"x\",\"model_name\""),
                token);

        assertRejected(response, 400);
        assertThat(response.json()).containsEntry("field", "modelName");
        assertThat((List<Object>) response.json().get("known_fields")).contains("model_name", "config");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "x'; DROP TABLE probability_models; --", "Robert'); DROP TABLE x",
            "elo\u0000", "ÉLO", "<script>alert(1)</script>", "a b", "", " elo", "elo/../x", "%2e%2e"})
    void rejectsHostileNamesInTheBodyWith422(String name) {
        String body = create("placeholder", "v1.0").replace("\"placeholder\"",
                ApiResponse.EXACT.writeValueAsString(name));

        ApiResponse response = api.post("/api/v1/models", body, token);

        assertRejected(response, 422);
        assertThat(response.json()).containsEntry("field", "model_name");
    }

    @Test
    void rejectsOverlongNamesVersionsAndTextWith422() {
        String longName = "a".repeat(101);
        ApiResponse name = api.post("/api/v1/models", create(longName, "v1.0"), token);
        ApiResponse version = api.post("/api/v1/models", create(uniqueName("x"), "v1." + "9".repeat(50)), token);
        ApiResponse description = api.patch("/api/v1/models/" + existingId,
                "{\"description\":\"" + "d".repeat(10_001) + "\"}", token);

        assertRejected(name, 422);
        assertThat(name.json().get("value").toString()).hasSize(43).endsWith("...");
        assertRejected(version, 422);
        assertThat(version.json()).containsEntry("field", "model_version");
        assertRejected(description, 422);
        assertThat(description.json()).containsEntry("field", "description");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/model-names/..%2F..%2Fetc%2Fpasswd/versions",
            "/api/v1/model-names/x%27%3B%20DROP%20TABLE%20probability_models%3B--/versions",
            "/api/v1/model-names/%2e%2e/versions", "/api/v1/model-names/UPPER/versions",
            "/api/v1/model-names/a%00b/versions", "/api/v1/models/1%20OR%201=1",
            "/api/v1/models/-1", "/api/v1/models/99999999999999999999", "/api/v1/events/..%2F..",
            "/api/v1/events/x;DROP", "/api/v1/models/1/compare/1;2"})
    void rejectsHostilePathsWithA4xxProblem(String path) {
        ApiResponse response = api.get(path, token);

        assertCleanProblem(response);
    }

    @Test
    void rejectsAConfigOverTheSizeLimitWith422() {
        String bigValue = "x".repeat(70_000);
        ApiResponse response = api.post("/api/v1/models", ModelRequests.create(uniqueName("big"), "v1.0", "elo",
                "nfl", "{\"blob\":\"" + bigValue + "\"}", null), token);

        assertRejected(response, 422);
        assertThat(response.problemCode()).isEqualTo("invalid-config");
    }

    @Test
    void rejectsABodyOverTheRequestLimitWith413() {
        String huge = "{\"blob\":\"" + "x".repeat(2_000_000) + "\"}";
        ApiResponse response = api.post("/api/v1/models", ModelRequests.create(uniqueName("huge"), "v1.0", "elo",
                "nfl", huge, null), token);

        assertRejected(response, 413);
        assertThat(response.problemCode()).isEqualTo("payload-too-large");
        assertThat(response.json()).containsEntry("limit_bytes", 1_048_576);
    }

    @Test
    void rejectsOversizedStreamedBody() throws Exception {
        byte[] huge = ("{\"config\":{\"blob\":\"" + "x".repeat(2_000_000) + "\"}}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/models"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());

        ApiResponse answer = new ApiResponse(response.statusCode(), response.headers(), response.body());
        assertRejected(answer, 413);
    }

    @Test
    void rejectsConfigsNestedTooDeep() {
        String depth17 = "{\"a\":".repeat(16) + "1" + "}".repeat(16);
        String depth5000 = "[".repeat(5000) + "]".repeat(5000);

        ApiResponse domainLimit = api.post("/api/v1/models", ModelRequests.create(uniqueName("deep"), "v1.0", "elo",
                "nfl", "{\"x\":" + depth17 + "}", null), token);
        ApiResponse readerLimit = api.post("/api/v1/models", ModelRequests.create(uniqueName("deeper"), "v1.0", "elo",
                "nfl", "{\"x\":" + depth5000 + "}", null), token);

        assertRejected(domainLimit, 422);
        assertThat(domainLimit.problemCode()).isEqualTo("invalid-config");
        assertRejected(readerLimit, 400);
        assertThat(readerLimit.problemCode()).isEqualTo("malformed-json");
    }

    @Test
    void rejectsANumberTooLongForTheReader() {
        ApiResponse response = api.post("/api/v1/models", ModelRequests.create(uniqueName("long"), "v1.0", "elo",
                "nfl", "{\"n\":" + "9".repeat(5000) + "}", null), token);

        assertRejected(response, 400);
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] body = create(uniqueName("utf"), "v1.0").getBytes(StandardCharsets.UTF_8);
        body[20] = (byte) 0xC3;
        body[21] = (byte) 0x28;

        assertCleanProblem(api.send("POST", "/api/v1/models", body, "application/json", token));
    }

    @Test
    void rejectsWrongMediaTypeAndMethod() {
        ApiResponse text = api.send("POST", "/api/v1/models", create(uniqueName("t"), "v1.0"), "text/plain", token);
        ApiResponse delete = api.send("DELETE", "/api/v1/models/" + existingId, (String) null, null, token);
        ApiResponse put = api.send("PUT", "/api/v1/models/" + existingId, "{}", "application/json", token);

        assertRejected(text, 415);
        assertRejected(delete, 405);
        assertRejected(put, 405);
    }

    @Test
    void rejectsAnUnknownPathWith404() {
        ApiResponse response = api.get("/api/v1/nothing-here", token);

        assertRejected(response, 404);
        assertThat(response.problemCode()).isEqualTo("no-such-endpoint");
    }

    @Test
    void rejectsHostileValuesInEveryOtherBody() {
        assertRejected(api.post("/api/v1/models/" + existingId + "/status", "{\"status\":\"active'--\"}", token), 422);
        assertRejected(api.post("/api/v1/models/" + existingId + "/metrics", "{\"validation_accuracy\":1e400}",
                token), 422);
        assertRejected(api.post("/api/v1/models/" + existingId + "/clone",
                "{\"model_version\":\"v2.0\",\"config_changes\":{\"k\":[" + "[".repeat(20) + "]".repeat(20) + "]}}",
                token), 422);
        assertRejected(api.post("/api/v1/events", "{\"event_id\":\"../../x\",\"domain\":\"nfl\"}", token), 422);
        assertRejected(api.post("/api/v1/events", "{\"event_id\":\"e1\",\"domain\":\"nfl\",\"starts_at\":\"soon\"}",
                token), 400);
        assertRejected(api.post("/api/v1/predictions", "{\"model_id\":\"1; DROP\",\"event_id\":\"e\","
                + "\"probability\":0.5}", token), 400);
        assertRejected(api.post("/api/v1/predictions/batch", "{\"predictions\":{}}", token), 400);
        assertRejected(api.post("/api/v1/model-classes", "{\"name\":\"Bad Class\"}", token), 422);
        assertRejected(api.post("/api/v1/model-names/" + existingName + "/deprecate-all-except",
                "{\"keep_version\":\"latest\"}", token), 422);
    }

    @Test
    void rejectsUnstorableTextAndInstants() {
        ApiResponse nul = api.patch("/api/v1/models/" + existingId, "{\"description\":\"a\\u0000b\"}", token);
        ApiResponse surrogate = api.post("/api/v1/events", "{\"event_id\":\"lone-surrogate\",\"domain\":\"nfl\","
                + "\"description\":\"x\\ud800y\"}", token);
        ApiResponse farFuture = api.post("/api/v1/events", "{\"event_id\":\"far-future\",\"domain\":\"nfl\","
                + "\"starts_at\":\"+10000-01-01T00:00:00Z\"}", token);

        assertRejected(nul, 422);
        assertThat(nul.json()).containsEntry("field", "description");
        assertRejected(surrogate, 422);
        assertThat(surrogate.json()).containsEntry("field", "description");
        assertRejected(farFuture, 422);
        assertThat(farFuture.json()).containsEntry("field", "starts_at");
    }

    @Test
    void neverAnswers5xxToRandomlyMutatedBodies() {
        String valid = ModelRequests.create(existingName, "v1.0", "unregistered_class", "nfl",
                ModelRequests.ELO_CONFIG, null);
        Random random = new Random(20_240_101L);
        String alphabet = "{}[]\":,0123456789.eE+-abcnulltrue \\\u0000\u00e9";
        for (int i = 0; i < 300; i++) {
            StringBuilder mutated = new StringBuilder(valid);
            for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
                int at = random.nextInt(mutated.length());
                switch (random.nextInt(3)) {
                    case 0 -> mutated.deleteCharAt(at);
                    case 1 -> mutated.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> mutated.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            ApiResponse response = api.post("/api/v1/models", mutated.toString(), token);
            assertThat(response.status()).as(mutated + " -> " + response.body()).isNotEqualTo(201).isLessThan(500);
            assertCleanProblem(response);
        }
    }

    private static String databaseContents() {
        StringBuilder contents = new StringBuilder();
        try (Connection connection = DATABASE.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg("
                        + "t::text, '|' ORDER BY t::text)), '') FROM " + table + " t")) {
                    rows.next();
                    contents.append(table).append('=').append(rows.getString(1)).append('\n');
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return contents.toString();
    }
}
