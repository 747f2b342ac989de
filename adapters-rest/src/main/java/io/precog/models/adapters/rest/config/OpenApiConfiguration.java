package io.precog.models.adapters.rest.config;

import io.precog.models.domain.model.Actor;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} and Swagger UI at {@code /swagger-ui.html}: snake_case
 * property names as on the wire, bearer-token security, and the caller's {@link Actor} left out of the
 * parameters because it comes from the token.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    private static final String BEARER = "bearer-jwt";

    @Bean
    OpenAPI precogOpenApi() {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
        return new OpenAPI()
                .info(new Info().title("Precog Model Manager API").version("v1")
                        .description("Model versions, their lifecycle, exact configs, events, predictions and"
                                + " validation results. Errors are RFC 9457 problem details whose type is"
                                + " urn:precog:problem:<code>."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * Describes bodies with the names the JSON mapper writes, snake_case, and as OpenAPI 3.1 schemas, where a
     * JSON value of any type, such as a config value, is the empty schema rather than an object.
     */
    @Bean
    ModelConverter snakeCaseModelConverter() {
        return new ModelResolver(Json31.mapper().copy()
                .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE))
                .openapi31(true);
    }

    /** Lists the problem responses of every operation and the Location header of every 201. */
    @Bean
    OpenApiProblemResponses openApiProblemResponses() {
        return new OpenApiProblemResponses();
    }
}
