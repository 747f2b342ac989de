package io.precog.models.adapters.rest.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Adds the error responses of every API operation to the OpenAPI document, each an RFC 9457 problem detail
 * described by the {@value #PROBLEM} schema, and the {@code Location} header of each 201 response.
 */
public class OpenApiProblemResponses implements OpenApiCustomizer {

    /** Name of the problem detail schema among the document's components. */
    static final String PROBLEM = "Problem";

    private static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/v1/")) {
                item.readOperationsMap().forEach((method, operation) -> describe(method, operation));
            }
        });
    }

    private static void describe(PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean write = method != PathItem.HttpMethod.GET;
        add(responses, "400", "The request cannot be read: malformed JSON, an unknown field, a value of the wrong"
                + " type or a missing input");
        add(responses, "401", "No valid bearer token");
        add(responses, "403", "The token lacks the scope that the operation needs");
        if (write || hasPathParameter(operation)) {
            add(responses, "404", "No model, event, prediction, model class or validation run with that id or name");
        }
        if (write) {
            add(responses, "409", "The request conflicts with the stored state: a duplicate, a status transition"
                    + " that the lifecycle forbids, or a change made by another request first");
        }
        if (write || hasValidatedParameter(operation)) {
            add(responses, "422", "A value breaks a rule: a name, version, status, probability, config, metric or"
                    + " page outside its bounds");
        }
        ApiResponse created = responses.get("201");
        if (created != null) {
            created.addHeaderObject("Location", new Header().description("URL of the created resource")
                    .schema(new StringSchema().format("uri")));
        }
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType(PROBLEM_JSON,
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    private static boolean hasPathParameter(Operation operation) {
        return parameters(operation).stream().anyMatch(parameter -> "path".equals(parameter.getIn()));
    }

    /** Returns whether a domain rule checks a parameter: a query parameter, or a path parameter that is no id. */
    private static boolean hasValidatedParameter(Operation operation) {
        return parameters(operation).stream().anyMatch(parameter -> "query".equals(parameter.getIn())
                || !isInteger(parameter.getSchema()));
    }

    private static boolean isInteger(Schema<?> schema) {
        return schema != null && ("integer".equals(schema.getType())
                || schema.getTypes() != null && schema.getTypes().contains("integer"));
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem detail. Members beyond the standard ones carry the offending"
                        + " values, such as field, value and reason.")
                .addProperty("type", new StringSchema().format("uri")
                        .description("urn:precog:problem: followed by a stable code, such as duplicate-version"))
                .addProperty("title", new StringSchema().description("the code as a sentence"))
                .addProperty("status", new IntegerSchema().description("the HTTP status"))
                .addProperty("detail", new StringSchema().description("what is wrong and what to do instead"))
                .addProperty("instance", new StringSchema().description("path of the request"))
                .required(List.of("type", "title", "status", "detail"))
                .additionalProperties(Boolean.TRUE);
    }
}
