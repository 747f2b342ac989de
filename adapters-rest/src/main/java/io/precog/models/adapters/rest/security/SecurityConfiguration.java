package io.precog.models.adapters.rest.security;

import io.precog.models.adapters.rest.problem.LogText;
import io.precog.models.adapters.rest.problem.ProblemResponses;
import io.precog.models.adapters.rest.problem.ProblemTypes;
import io.precog.models.adapters.rest.problem.Problems;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Access rules of the API. Every endpoint under {@code /api/v1} needs a bearer JWT: reads need
 * {@value Scopes#READ}, changes {@value Scopes#WRITE}, promotion (to active or deprecated, deprecate-all-except)
 * {@value Scopes#PROMOTE}, and registering model classes {@value Scopes#ADMIN}. Health, metrics and the
 * OpenAPI document are open. A missing or invalid token gets 401, a token without the scope 403, both as
 * problem details.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LocalIssuerProperties.class)
public class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** Prefix that Spring Security's JWT decoder puts before the reason it rejects a token. */
    private static final String DECODE_FAILURE_PREFIX = "An error occurred while attempting to decode the Jwt: ";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems) {
        AuthenticationEntryPoint entryPoint = entryPoint(problems);
        AccessDeniedHandler accessDenied = accessDeniedHandler(problems);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/error", "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").hasAuthority(Scopes.authority(Scopes.READ))
                        .requestMatchers(HttpMethod.POST, "/api/v1/model-classes")
                                .hasAuthority(Scopes.authority(Scopes.ADMIN))
                        .requestMatchers(HttpMethod.POST, "/api/v1/model-names/*/deprecate-all-except")
                                .hasAuthority(Scopes.authority(Scopes.PROMOTE))
                        .requestMatchers(HttpMethod.POST, "/api/v1/models/*/status")
                                .hasAnyAuthority(Scopes.authority(Scopes.WRITE), Scopes.authority(Scopes.PROMOTE))
                        .requestMatchers("/api/v1/**").hasAuthority(Scopes.authority(Scopes.WRITE))
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied));
        return http.build();
    }

    /** Checks tokens against the local signing key, unless {@code precog.security.local-issuer.enabled=false}. */
    @Bean
    @ConditionalOnProperty(name = "precog.security.local-issuer.enabled", havingValue = "true", matchIfMissing = true)
    JwtDecoder localJwtDecoder(LocalIssuerProperties properties, Clock clock) {
        LOG.info("Checking bearer tokens against the local signing key {}", properties.keyFile().toAbsolutePath());
        return new CachingJwtDecoder(new LocalTokens(LocalSigningKey.loadOrCreate(properties.keyFile())).decoder(),
                clock);
    }

    /**
     * Spring Security's strict firewall, with the header checks written as plain loops: the default
     * regular expressions cost more than the rest of a read, since a JWT header is long. The rule is
     * the same: no control characters and no unassigned code points in header names or values.
     */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(SecurityConfiguration::printable);
        firewall.setAllowedHeaderValues(SecurityConfiguration::printable);
        return firewall;
    }

    private static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || !Character.isDefined(c)) {
                return false;
            }
        }
        return true;
    }

    /** Sends a problem detail for a URL that Spring Security's firewall rejects (encoded slashes, {@code ..}). */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return (request, response, exception) -> {
            LOG.info("{} rejected by the firewall: {}", LogText.of(request.getMethod()),
                    LogText.of(exception.getMessage()));
            problems.write(response, Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
                    "The request URL is not accepted: it holds an encoded or relative path segment"));
        };
    }

    private static AuthenticationEntryPoint entryPoint(ProblemResponses problems) {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            bearer.commence(request, response, exception);
            String detail = exception instanceof InvalidBearerTokenException
                    ? invalidTokenDetail(exception.getMessage())
                    : "A bearer token is required: send Authorization: Bearer <token>";
            problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, detail));
        };
    }

    /** Returns the detail of a rejected token: its reason without the decoder's prefix, or its expiry time. */
    private static String invalidTokenDetail(String reason) {
        String text = reason == null ? "" : reason.replace(DECODE_FAILURE_PREFIX, "");
        if (text.startsWith("Jwt expired at ")) {
            return "The bearer token expired at " + text.substring("Jwt expired at ".length())
                    + "; get a new token";
        }
        return "The bearer token is not valid: " + text;
    }

    private static AccessDeniedHandler accessDeniedHandler(ProblemResponses problems) {
        BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();
        return (request, response, exception) -> {
            bearer.handle(request, response, exception);
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            List<String> granted = authentication == null ? List.of() : authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority.startsWith("SCOPE_"))
                    .map(authority -> authority.substring("SCOPE_".length()))
                    .sorted()
                    .toList();
            LOG.info("{} {} forbidden for {} with scopes {}", LogText.of(request.getMethod()),
                    LogText.of(request.getRequestURI()),
                    authentication == null ? "nobody" : LogText.of(authentication.getName()), LogText.of(granted));
            problems.write(response, Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN,
                    "The token lacks the permission this request needs; reads need " + Scopes.READ
                            + ", changes " + Scopes.WRITE + ", promotion " + Scopes.PROMOTE + " and model classes "
                            + Scopes.ADMIN, Map.of("granted_scopes", granted)));
        };
    }
}
