package io.precog.models.adapters.rest.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.rest.support.ApiResponse;
import io.precog.models.adapters.rest.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Health, metrics and the OpenAPI document are served without a token; everything else needs one. */
@SuppressWarnings("unchecked")
class OperationsIT extends ApiTestSupport {

    @Test
    void reportsHealthUpWithoutAToken() {
        ApiResponse health = api.get("/actuator/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json()).containsEntry("status", "UP");
    }

    @Test
    void servesPrometheusMetricsOfTheHttpRequests() {
        api.get("/api/v1/model-classes", allScopes("metrics"));

        ApiResponse metrics = api.get("/actuator/prometheus", null);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body()).contains("http_server_requests_seconds_count").contains("uri=\"/api/v1/model-classes\"")
                .contains("hikaricp_connections_active");
    }

    @Test
    void describesApiInSnakeCase() {
        ApiResponse document = api.get("/v3/api-docs", null);

        assertThat(document.status()).isEqualTo(200);
        Map<String, Object> paths = (Map<String, Object>) document.json().get("paths");
        assertThat(paths).containsKeys("/api/v1/models", "/api/v1/models/{model_id}", "/api/v1/models/active",
                "/api/v1/models/{model_id}/status", "/api/v1/model-names/{model_name}/versions/{model_version}",
                "/api/v1/predictions/batch", "/api/v1/events/{event_id}/resolution", "/api/v1/model-classes",
                "/api/v1/models/{model_id}/compare/{other_model_id}", "/api/v1/predictions/{prediction_id}");
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.json().get("components"))
                .get("schemas");
        Map<String, Object> modelBody = (Map<String, Object>) ((Map<String, Object>) schemas.get("ModelBody"))
                .get("properties");
        assertThat(modelBody).containsKeys("model_id", "model_name", "validation_calibration", "created_by");
        assertThat(document.body()).contains("\"bearerFormat\":\"JWT\"").doesNotContain("\"name\":\"actor\"");
    }

    @Test
    void documentsCreationsAs201WithLocation() {
        Map<String, Object> paths = (Map<String, Object>) api.get("/v3/api-docs", null).json().get("paths");

        for (String path : List.of("/api/v1/models", "/api/v1/models/{model_id}/clone", "/api/v1/model-classes",
                "/api/v1/events", "/api/v1/predictions")) {
            Map<String, Object> responses = responses(paths, path, "post");
            assertThat(responses).as(path).containsKey("201").doesNotContainKey("200");
            assertThat((Map<String, Object>) ((Map<String, Object>) responses.get("201")).get("headers")).as(path)
                    .containsKey("Location");
        }
    }

    @Test
    void documentsPathParametersInSnakeCase() {
        Map<String, Object> paths = (Map<String, Object>) api.get("/v3/api-docs", null).json().get("paths");
        Map<String, Object> compare = (Map<String, Object>) ((Map<String, Object>)
                paths.get("/api/v1/models/{model_id}/compare/{other_model_id}")).get("get");

        assertThat((List<Map<String, Object>>) compare.get("parameters")).extracting(p -> p.get("name"))
                .containsExactly("model_id", "other_model_id");
        assertThat(paths.keySet()).allSatisfy(path -> assertThat(path).doesNotContainPattern("\\{[a-z]+[A-Z]"));
    }

    @Test
    void documentsProblemResponses() {
        Map<String, Object> document = api.get("/v3/api-docs", null).json();
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        Map<String, Object> create = responses(paths, "/api/v1/models", "post");
        Map<String, Object> read = responses(paths, "/api/v1/models/{model_id}", "get");
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components"))
                .get("schemas");

        assertThat(create).containsKeys("400", "401", "403", "404", "409", "422");
        assertThat(read).containsKeys("400", "401", "403", "404").doesNotContainKeys("409", "422");
        assertThat(((Map<String, Object>) create.get("409")).get("content")).isEqualTo(Map.of(
                "application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))));
        assertThat((Map<String, Object>) ((Map<String, Object>) schemas.get("Problem")).get("properties"))
                .containsOnlyKeys("type", "title", "status", "detail", "instance");
    }

    @Test
    void documentsConfigAsFreeFormObject() {
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) api.get("/v3/api-docs", null)
                .json().get("components")).get("schemas");

        for (String schema : List.of("CreateModelRequest", "ModelBody")) {
            Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) schemas.get(schema))
                    .get("properties");
            assertThat(properties.get("config")).as(schema)
                    .isEqualTo(Map.of("type", "object", "additionalProperties", Map.of()));
        }
    }

    private static Map<String, Object> responses(Map<String, Object> paths, String path, String method) {
        Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) paths.get(path)).get(method);
        return (Map<String, Object>) operation.get("responses");
    }

    @Test
    void servesSwaggerUi() {
        ApiResponse page = api.get("/swagger-ui/index.html", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Swagger UI");
    }

    @Test
    void returns401Or404ForUnknownPath() {
        assertThat(api.get("/api/v1/unknown", null).status()).isEqualTo(401);
        ApiResponse known = api.get("/api/v1/unknown", allScopes("ops"));
        assertThat(known.status()).isEqualTo(404);
        assertThat(known.problemCode()).isEqualTo("no-such-endpoint");
        assertThat(api.get("/somewhere-else", allScopes("ops")).status()).isEqualTo(404);
    }

    @Test
    void offersNoSessionLogout() {
        ApiResponse anonymous = api.post("/logout", "", null);
        ApiResponse authenticated = api.post("/logout", "", allScopes("ops"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(authenticated.status()).isEqualTo(404);
        assertThat(authenticated.problemCode()).isEqualTo("no-such-endpoint");
    }
}
