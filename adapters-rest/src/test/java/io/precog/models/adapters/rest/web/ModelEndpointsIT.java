package io.precog.models.adapters.rest.web;

import static io.precog.models.adapters.rest.support.ModelRequests.create;
import static io.precog.models.adapters.rest.support.ModelRequests.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.rest.support.ApiResponse;
import io.precog.models.adapters.rest.support.ApiTestSupport;
import io.precog.models.adapters.rest.support.ModelRequests;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Model versions through the API: success and error of every endpoint under /api/v1/models and /model-names. */
@SuppressWarnings("unchecked")
class ModelEndpointsIT extends ApiTestSupport {

    private final String token = allScopes("alice");

    private long createModel(String name, String version) {
        ApiResponse response = api.post("/api/v1/models", create(name, version), token);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return ((Number) response.json().get("model_id")).longValue();
    }

    private void move(long modelId, String... statuses) {
        for (String target : statuses) {
            ApiResponse response = api.post("/api/v1/models/" + modelId + "/status", status(target), token);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
        }
    }

    @Nested
    class Create {

        @Test
        void answers201WithLocationAndTheStoredVersion() {
            String name = uniqueName("elo");
            ApiResponse response = api.post("/api/v1/models", create(name, "v1.0"), token);

            assertThat(response.status()).isEqualTo(201);
            Map<String, Object> body = response.json();
            long modelId = ((Number) body.get("model_id")).longValue();
            assertThat(response.location()).endsWith("/api/v1/models/" + modelId);
            assertThat(body).containsEntry("model_name", name).containsEntry("model_version", "v1.0")
                    .containsEntry("model_class", "elo").containsEntry("domain", "nfl")
                    .containsEntry("status", "draft").containsEntry("description", "Elo ratings")
                    .containsEntry("created_by", "alice").containsEntry("same_config_versions", List.of());
            assertThat(body.get("config")).isEqualTo(Map.of("k_factor", new BigDecimal("32.0"),
                    "home_advantage", 65, "weights", List.of(new BigDecimal("0.5"), new BigDecimal("0.25"))));
            assertThat(body.get("config_fingerprint").toString()).matches("[0-9a-f]{64}");
            assertThat(body).containsKeys("validation_calibration", "validation_accuracy", "validation_sample_size",
                    "last_validated_at", "created_at", "updated_at", "notes");
        }

        @Test
        void reportsOtherVersionsWithTheSameConfig() {
            String name = uniqueName("elo");
            createModel(name, "v1.0");

            ApiResponse second = api.post("/api/v1/models", create(name, "v1.1"), token);

            assertThat(second.status()).isEqualTo(201);
            assertThat(second.json().get("same_config_versions")).isEqualTo(List.of("v1.0"));
        }

        @Test
        void rejectsADuplicateVersionWrittenDifferentlyWith409() {
            String name = uniqueName("elo");
            createModel(name, "v1.0");

            ApiResponse response = api.post("/api/v1/models", create(name, "v1.0.0"), token);

            assertThat(response.status()).isEqualTo(409);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.problemCode()).isEqualTo("duplicate-version");
            assertThat(response.json()).containsEntry("model_name", name)
                    .containsEntry("model_version", "v1.0.0").containsEntry("existing_version", "v1.0")
                    .containsEntry("status", 409).containsEntry("title", "Duplicate version");
        }

        @Test
        void rejectsUnknownModelClass() {
            ApiResponse response = api.post("/api/v1/models",
                    ModelRequests.create(uniqueName("m"), "v1.0", "quantum", "nfl", ModelRequests.ELO_CONFIG, null),
                    token);

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.problemCode()).isEqualTo("unknown-model-class");
            assertThat(response.json()).containsEntry("model_class", "quantum");
            assertThat((List<Object>) response.json().get("valid_classes")).contains("elo", "logistic", "xgboost");
        }

        @Test
        void rejectsAMalformedVersionShowingTheAcceptedForm() {
            ApiResponse response = api.post("/api/v1/models", create(uniqueName("elo"), "1.0"), token);

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.problemCode()).isEqualTo("invalid-value");
            assertThat(response.json()).containsEntry("field", "model_version").containsEntry("value", "1.0");
            assertThat(response.json().get("detail").toString()).contains("v1.0");
        }

        @Test
        void rejectsAMissingConfigNamingIt() {
            ApiResponse response = api.post("/api/v1/models", "{\"model_name\":\"" + uniqueName("elo")
                    + "\",\"model_version\":\"v1.0\",\"model_class\":\"elo\",\"domain\":\"nfl\"}", token);

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.json()).containsEntry("field", "config");
        }

        @Test
        void rejectsCreationAsDeprecated() {
            ApiResponse response = api.post("/api/v1/models", ModelRequests.create(uniqueName("elo"), "v1.0", "elo",
                    "nfl", ModelRequests.ELO_CONFIG, "deprecated"), token);

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.json()).containsEntry("field", "status").containsEntry("value", "deprecated");
        }
    }

    @Nested
    class Read {

        @Test
        void findsAVersionById() {
            String name = uniqueName("elo");
            long modelId = createModel(name, "v1.0");

            ApiResponse response = api.get("/api/v1/models/" + modelId, token);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).containsEntry("model_name", name).containsEntry("model_version", "v1.0");
        }

        @Test
        void answers404ForAnUnknownId() {
            ApiResponse response = api.get("/api/v1/models/987654321", token);

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.problemCode()).isEqualTo("model-not-found");
            assertThat(response.json()).containsEntry("model_id", 987654321);
        }

        @Test
        void answers400ForAnIdThatIsNotANumber() {
            ApiResponse response = api.get("/api/v1/models/abc", token);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.problemCode()).isEqualTo("wrong-type");
            assertThat(response.json()).containsEntry("parameter", "model_id").containsEntry("value", "abc");
        }

        @Test
        void findsVersionByNameInEitherWriting() {
            String name = uniqueName("elo");
            long modelId = createModel(name, "v1.0");

            ApiResponse exact = api.get("/api/v1/model-names/" + name + "/versions/v1.0", token);
            ApiResponse canonical = api.get("/api/v1/model-names/" + name + "/versions/v1.0.0", token);

            assertThat(exact.status()).isEqualTo(200);
            assertThat(exact.json()).containsEntry("model_id", (int) modelId);
            assertThat(canonical.json()).containsEntry("model_id", (int) modelId);
        }

        @Test
        void answers404ForAnUnknownVersionOfAName() {
            String name = uniqueName("elo");
            createModel(name, "v1.0");

            ApiResponse response = api.get("/api/v1/model-names/" + name + "/versions/v9.9", token);

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.json()).containsEntry("model_name", name).containsEntry("model_version", "v9.9");
        }

        @Test
        void listsVersionsInCreationOrder() {
            String name = uniqueName("elo");
            createModel(name, "v1.10");
            createModel(name, "v1.9");

            ApiResponse response = api.get("/api/v1/model-names/" + name + "/versions", token);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.jsonList()).extracting(model -> model.get("model_version"))
                    .containsExactly("v1.10", "v1.9");
        }

        @Test
        void answers404WhenListingVersionsOfAnUnknownName() {
            ApiResponse response = api.get("/api/v1/model-names/" + uniqueName("nobody") + "/versions", token);

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.problemCode()).isEqualTo("model-not-found");
        }

        @Test
        void suggestsNextVersionPerChange() {
            String name = uniqueName("elo");
            createModel(name, "v1.9");
            createModel(name, "v1.10");

            assertThat(api.get("/api/v1/model-names/" + name + "/next-version?change=major", token).json())
                    .containsEntry("suggested_version", "v2.0").containsEntry("change", "major");
            assertThat(api.get("/api/v1/model-names/" + name + "/next-version?change=minor", token).json())
                    .containsEntry("suggested_version", "v1.11");
            assertThat(api.get("/api/v1/model-names/" + name + "/next-version?change=patch", token).json())
                    .containsEntry("suggested_version", "v1.10.1");
        }

        @Test
        void rejectsUnknownOrMissingChange() {
            String name = uniqueName("elo");
            createModel(name, "v1.0");

            ApiResponse unknown = api.get("/api/v1/model-names/" + name + "/next-version?change=huge", token);
            ApiResponse missing = api.get("/api/v1/model-names/" + name + "/next-version", token);

            assertThat(unknown.status()).isEqualTo(422);
            assertThat(unknown.json()).containsEntry("field", "change").containsEntry("value", "huge");
            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.problemCode()).isEqualTo("missing-input");
            assertThat(missing.json()).containsEntry("parameter", "change");
        }
    }

    @Nested
    class Search {

        @Test
        void pagesThroughMatchesOrderedById() {
            String name = uniqueName("paged");
            long first = createModel(name, "v1.0");
            long second = createModel(name, "v1.1");
            long third = createModel(name, "v1.2");

            ApiResponse page0 = api.get("/api/v1/models?name=" + name + "&size=2", token);
            ApiResponse page1 = api.get("/api/v1/models?name=" + name + "&size=2&page=1", token);

            assertThat(page0.status()).isEqualTo(200);
            assertThat(page0.json()).containsEntry("page", 0).containsEntry("size", 2)
                    .containsEntry("total_items", 3).containsEntry("total_pages", 2);
            assertThat((List<Map<String, Object>>) page0.json().get("items")).extracting(m -> m.get("model_id"))
                    .containsExactly((int) first, (int) second);
            assertThat((List<Map<String, Object>>) page1.json().get("items")).extracting(m -> m.get("model_id"))
                    .containsExactly((int) third);
        }

        @Test
        void filtersByStatusDomainAndClass() {
            String name = uniqueName("filtered");
            createModel(name, "v1.0");
            long testing = createModel(name, "v1.1");
            move(testing, "testing");

            ApiResponse response = api.get("/api/v1/models?name=" + name + "&status=testing&domain=nfl&model_class=elo",
                    token);
            ApiResponse otherDomain = api.get("/api/v1/models?name=" + name + "&domain=nba", token);

            assertThat((List<Map<String, Object>>) response.json().get("items")).extracting(m -> m.get("model_id"))
                    .containsExactly((int) testing);
            assertThat(otherDomain.json()).containsEntry("total_items", 0);
        }

        @Test
        void rejectsInvalidPageAndStatus() {
            ApiResponse tooLarge = api.get("/api/v1/models?size=501", token);
            ApiResponse negative = api.get("/api/v1/models?page=-1", token);
            ApiResponse badStatus = api.get("/api/v1/models?status=retired", token);
            ApiResponse notANumber = api.get("/api/v1/models?size=ten", token);

            assertThat(tooLarge.status()).isEqualTo(422);
            assertThat(tooLarge.json()).containsEntry("field", "size").containsEntry("value", "501");
            assertThat(negative.status()).isEqualTo(422);
            assertThat(badStatus.status()).isEqualTo(422);
            assertThat(badStatus.json()).containsEntry("field", "status").containsEntry("value", "retired");
            assertThat(notANumber.status()).isEqualTo(400);
            assertThat(notANumber.problemCode()).isEqualTo("wrong-type");
        }

        @Test
        void listsActiveVersionsOfADomain() {
            String domain = uniqueName("league");
            String name = uniqueName("elo");
            long active = api.post("/api/v1/models", ModelRequests.create(name, "v1.0", "elo", domain,
                    ModelRequests.ELO_CONFIG, "active"), token).json().get("model_id") instanceof Number number
                    ? number.longValue() : -1;
            api.post("/api/v1/models", ModelRequests.create(name, "v1.1", "elo", domain, ModelRequests.ELO_CONFIG,
                    null), token);

            ApiResponse response = api.get("/api/v1/models/active?domain=" + domain, token);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.jsonList()).extracting(m -> m.get("model_id")).containsExactly((int) active);
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void recordsLifecycleHistoryWithCaller() {
            long modelId = createModel(uniqueName("elo"), "v1.0");

            ApiResponse testing = api.post("/api/v1/models/" + modelId + "/status",
                    "{\"status\":\"testing\",\"notes\":\"backtest\"}", token("bob", "models.write"));
            ApiResponse active = api.post("/api/v1/models/" + modelId + "/status",
                    "{\"status\":\"active\",\"expected_status\":\"testing\"}", token("carol", "models.promote"));
            ApiResponse history = api.get("/api/v1/models/" + modelId + "/status-history", token);

            assertThat(testing.status()).isEqualTo(200);
            assertThat(testing.json()).containsEntry("status", "testing");
            assertThat(active.json()).containsEntry("status", "active");
            List<Map<String, Object>> changes = history.jsonList();
            assertThat(changes).extracting(c -> c.get("from_status"), c -> c.get("to_status"),
                            c -> c.get("changed_by"), c -> c.get("notes"))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("draft", "testing", "bob", "backtest"),
                            org.assertj.core.groups.Tuple.tuple("testing", "active", "carol", null));
        }

        @Test
        void rejectsForbiddenTransitionWith409() {
            long modelId = createModel(uniqueName("elo"), "v1.0");

            ApiResponse response = api.post("/api/v1/models/" + modelId + "/status", status("active"), token);

            assertThat(response.status()).isEqualTo(409);
            assertThat(response.problemCode()).isEqualTo("invalid-status-transition");
            assertThat(response.json()).containsEntry("from", "draft").containsEntry("to", "active")
                    .containsEntry("allowed", List.of("testing", "deprecated"));
        }

        @Test
        void rejectsAChangeFromAnotherStatusThanExpectedWith409() {
            long modelId = createModel(uniqueName("elo"), "v1.0");

            ApiResponse response = api.post("/api/v1/models/" + modelId + "/status",
                    "{\"status\":\"deprecated\",\"expected_status\":\"testing\"}", token);

            assertThat(response.status()).isEqualTo(409);
            assertThat(response.problemCode()).isEqualTo("concurrent-modification");
            assertThat(response.json()).containsEntry("expected_status", "testing")
                    .containsEntry("actual_status", "draft").containsEntry("model_id", (int) modelId);
            assertThat(api.get("/api/v1/models/" + modelId, token).json()).containsEntry("status", "draft");
        }

        @Test
        void rejectsAMissingOrUnknownStatus() {
            long modelId = createModel(uniqueName("elo"), "v1.0");

            ApiResponse missing = api.post("/api/v1/models/" + modelId + "/status", "{}", token);
            ApiResponse unknown = api.post("/api/v1/models/" + modelId + "/status", status("retired"), token);

            assertThat(missing.status()).isEqualTo(422);
            assertThat(missing.json()).containsEntry("field", "status");
            assertThat(unknown.status()).isEqualTo(422);
            assertThat(unknown.json()).containsEntry("value", "retired");
        }

        @Test
        void returns404ForUnknownModelStatus() {
            assertThat(api.post("/api/v1/models/987654321/status", status("testing"), token).status())
                    .isEqualTo(404);
            assertThat(api.get("/api/v1/models/987654321/status-history", token).status()).isEqualTo(404);
        }

        @Test
        void deprecatesEveryVersionButTheOneToKeep() {
            String name = uniqueName("elo");
            long first = createModel(name, "v1.0");
            long kept = createModel(name, "v1.1");
            long third = createModel(name, "v1.2");
            move(third, "testing");

            ApiResponse response = api.post("/api/v1/model-names/" + name + "/deprecate-all-except",
                    "{\"keep_version\":\"v1.1\",\"notes\":\"v1.1 wins\"}", token("dave", "models.promote"));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.jsonList()).extracting(m -> m.get("model_id"), m -> m.get("status"))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple((int) first, "deprecated"),
                            org.assertj.core.groups.Tuple.tuple((int) third, "deprecated"));
            assertThat(api.get("/api/v1/models/" + kept, token).json()).containsEntry("status", "draft");
            assertThat(api.get("/api/v1/models/" + third + "/status-history", token).jsonList())
                    .extracting(c -> c.get("changed_by"), c -> c.get("notes"))
                    .endsWith(org.assertj.core.groups.Tuple.tuple("dave", "v1.1 wins"));
        }

        @Test
        void rejectsToKeepAVersionThatDoesNotExist() {
            String name = uniqueName("elo");
            long only = createModel(name, "v1.0");

            ApiResponse response = api.post("/api/v1/model-names/" + name + "/deprecate-all-except",
                    "{\"keep_version\":\"v3.0\"}", token);

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.json()).containsEntry("model_version", "v3.0");
            assertThat(api.get("/api/v1/models/" + only, token).json()).containsEntry("status", "draft");
        }
    }

    @Nested
    class Changes {

        @Test
        void recordsMetricsExactly() {
            long modelId = createModel(uniqueName("elo"), "v1.0");

            ApiResponse response = api.post("/api/v1/models/" + modelId + "/metrics",
                    "{\"validation_calibration\":0.920,\"validation_accuracy\":0.0000001,"
                            + "\"validation_sample_size\":1000}", token);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).contains("\"validation_calibration\":0.920")
                    .contains("\"validation_accuracy\":0.0000001").contains("\"validation_sample_size\":1000");
            assertThat(response.json().get("last_validated_at")).isNotNull();
            ApiResponse reread = api.get("/api/v1/models/" + modelId, token);
            assertThat(reread.json().get("validation_calibration")).isEqualTo(new BigDecimal("0.920"));
        }

        @Test
        void keepsOmittedMetrics() {
            long modelId = createModel(uniqueName("elo"), "v1.0");
            api.post("/api/v1/models/" + modelId + "/metrics", "{\"validation_accuracy\":0.61}", token);

            ApiResponse response = api.post("/api/v1/models/" + modelId + "/metrics",
                    "{\"validation_sample_size\":12}", token);

            assertThat(response.json()).containsEntry("validation_accuracy", new BigDecimal("0.61"))
                    .containsEntry("validation_sample_size", 12).containsEntry("validation_calibration", null);
        }

        @Test
        void rejectsMetricsOutOfRangeOrMissingWith422() {
            long modelId = createModel(uniqueName("elo"), "v1.0");

            ApiResponse outOfRange = api.post("/api/v1/models/" + modelId + "/metrics",
                    "{\"validation_calibration\":1.5}", token);
            ApiResponse negative = api.post("/api/v1/models/" + modelId + "/metrics",
                    "{\"validation_sample_size\":-1}", token);
            ApiResponse none = api.post("/api/v1/models/" + modelId + "/metrics", "{}", token);

            assertThat(outOfRange.status()).isEqualTo(422);
            assertThat(outOfRange.problemCode()).isEqualTo("invalid-metrics");
            assertThat(outOfRange.json()).containsEntry("field", "validation_calibration")
                    .containsEntry("value", "1.5");
            assertThat(negative.status()).isEqualTo(422);
            assertThat(negative.json()).containsEntry("field", "validation_sample_size");
            assertThat(none.status()).isEqualTo(422);
            assertThat(api.get("/api/v1/models/" + modelId, token).json())
                    .containsEntry("validation_calibration", null).containsEntry("last_validated_at", null);
        }

        @Test
        void rejectsAFractionalSampleSizeWith400() {
            long modelId = createModel(uniqueName("elo"), "v1.0");

            ApiResponse response = api.post("/api/v1/models/" + modelId + "/metrics",
                    "{\"validation_sample_size\":1.5}", token);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.problemCode()).isEqualTo("wrong-type");
            assertThat(response.json()).containsEntry("field", "validation_sample_size")
                    .containsEntry("expected", "integer");
        }

        @Test
        void updatesDescriptionAndNotes() {
            long modelId = createModel(uniqueName("elo"), "v1.0");

            ApiResponse response = api.patch("/api/v1/models/" + modelId,
                    "{\"description\":\"Elo with travel\",\"notes\":\"see backtest 7\"}", token);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).containsEntry("description", "Elo with travel")
                    .containsEntry("notes", "see backtest 7");
        }

        @Test
        void rejectsToChangeAnImmutableFieldWith422() {
            long modelId = createModel(uniqueName("elo"), "v1.0");

            ApiResponse config = api.patch("/api/v1/models/" + modelId, "{\"config\":{\"k_factor\":20}}", token);
            ApiResponse createdBy = api.patch("/api/v1/models/" + modelId,
                    "{\"description\":\"x\",\"created_by\":\"mallory\"}", token);

            assertThat(config.status()).isEqualTo(422);
            assertThat(config.problemCode()).isEqualTo("immutable-field");
            assertThat(config.json()).containsEntry("field", "config");
            assertThat((List<Object>) config.json().get("mutable_fields")).contains("description", "notes");
            assertThat(createdBy.status()).isEqualTo(422);
            assertThat(createdBy.json()).containsEntry("field", "created_by");
            assertThat(api.get("/api/v1/models/" + modelId, token).json())
                    .containsEntry("description", "Elo ratings").containsEntry("created_by", "alice");
        }

        @Test
        void rejectsUnknownFieldAndStatusInPatch() {
            long modelId = createModel(uniqueName("elo"), "v1.0");

            ApiResponse unknown = api.patch("/api/v1/models/" + modelId, "{\"colour\":\"red\"}", token);
            ApiResponse status = api.patch("/api/v1/models/" + modelId, "{\"status\":\"active\"}", token);
            ApiResponse wrongType = api.patch("/api/v1/models/" + modelId, "{\"notes\":42}", token);

            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.problemCode()).isEqualTo("unknown-field");
            assertThat(unknown.json()).containsEntry("field", "colour");
            assertThat(status.status()).isEqualTo(422);
            assertThat(status.json()).containsEntry("field", "status").containsEntry("value", "active")
                    .containsEntry("reason", "PATCH changes only description and notes; change the status with"
                            + " POST /api/v1/models/{model_id}/status");
            assertThat(wrongType.status()).isEqualTo(400);
            assertThat(wrongType.json()).containsEntry("field", "notes").containsEntry("expected", "string");
            assertThat(api.get("/api/v1/models/" + modelId, token).json()).containsEntry("status", "draft")
                    .containsEntry("notes", null);
        }

        @Test
        void clonesAVersionWithConfigChangesMergedIn() {
            String name = uniqueName("elo");
            long source = createModel(name, "v1.0");

            ApiResponse response = api.post("/api/v1/models/" + source + "/clone",
                    "{\"model_version\":\"v1.1\",\"config_changes\":{\"k_factor\":20.50,\"home_advantage\":null},"
                            + "\"notes\":\"lower k\"}", token("erin", "models.write"));

            assertThat(response.status()).isEqualTo(201);
            Map<String, Object> body = response.json();
            assertThat(response.location()).endsWith("/api/v1/models/" + body.get("model_id"));
            assertThat(body).containsEntry("model_name", name).containsEntry("model_version", "v1.1")
                    .containsEntry("created_by", "erin").containsEntry("notes", "lower k")
                    .containsEntry("description", "Elo ratings");
            assertThat(body.get("config")).isEqualTo(Map.of("k_factor", new BigDecimal("20.50"),
                    "weights", List.of(new BigDecimal("0.5"), new BigDecimal("0.25"))));
        }

        @Test
        void rejectsACloneWithoutVersionOrChanges() {
            long source = createModel(uniqueName("elo"), "v1.0");

            ApiResponse noVersion = api.post("/api/v1/models/" + source + "/clone",
                    "{\"config_changes\":{\"k_factor\":20}}", token);
            ApiResponse noChanges = api.post("/api/v1/models/" + source + "/clone",
                    "{\"model_version\":\"v1.1\"}", token);
            ApiResponse unknownSource = api.post("/api/v1/models/987654321/clone",
                    "{\"model_version\":\"v1.1\",\"config_changes\":{\"k_factor\":20}}", token);

            assertThat(noVersion.status()).isEqualTo(422);
            assertThat(noVersion.json()).containsEntry("field", "model_version");
            assertThat(noChanges.status()).isEqualTo(422);
            assertThat(noChanges.problemCode()).isEqualTo("invalid-config");
            assertThat(unknownSource.status()).isEqualTo(404);
        }

        @Test
        void comparesTheConfigsOfTwoVersions() {
            String name = uniqueName("elo");
            long a = createModel(name, "v1.0");
            long b = ((Number) api.post("/api/v1/models/" + a + "/clone",
                    "{\"model_version\":\"v1.1\",\"config_changes\":{\"k_factor\":20}}", token).json()
                    .get("model_id")).longValue();

            ApiResponse response = api.get("/api/v1/models/" + a + "/compare/" + b, token);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("config_differences")).isEqualTo(List.of(Map.of("key_path", "k_factor",
                    "value_a", new BigDecimal("32.0"), "value_b", 20)));
            assertThat(response.json()).containsEntry("forecasts", null);
            assertThat(((Map<?, ?>) response.json().get("version_a")).get("model_id")).isEqualTo((int) a);
            assertThat(api.get("/api/v1/models/" + a + "/compare/987654321", token).status()).isEqualTo(404);
        }
    }
}
