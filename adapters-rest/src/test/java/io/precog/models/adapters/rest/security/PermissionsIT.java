package io.precog.models.adapters.rest.security;

import static io.precog.models.adapters.rest.support.ModelRequests.create;
import static io.precog.models.adapters.rest.support.ModelRequests.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.precog.models.adapters.rest.support.ApiResponse;
import io.precog.models.adapters.rest.support.ApiTestSupport;
import io.precog.models.adapters.rest.support.ModelRequests;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The permission matrix: every endpoint returns 401 without a valid token, 403 with a token that lacks its
 * scope (changing nothing), and succeeds with the scope it needs. The actor is always the token's subject.
 */
class PermissionsIT extends ApiTestSupport {

    /**
     * One protected request.
     *
     * @param request builds method, path and body from a fresh fixture
     * @param needed  scopes that make it succeed
     * @param lacking scopes that are not enough
     */
    record Case(String name, Function<Fixture, Call> request, List<String> needed, List<String> lacking,
                int success) {

        @Override
        public String toString() {
            return name;
        }
    }

    record Call(String method, String path, String body) {
    }

    /** A model in draft, one in testing, and an event, created with every scope before each case. */
    record Fixture(String name, long draftId, long testingId, String eventId) {
    }

    private static final List<String> ALL_BUT_READ = List.of(Scopes.WRITE, Scopes.PROMOTE, Scopes.ADMIN);

    static Stream<Case> cases() {
        return Stream.of(
                new Case("get model", f -> new Call("GET", "/api/v1/models/" + f.draftId(), null),
                        List.of(Scopes.READ), ALL_BUT_READ, 200),
                new Case("search", f -> new Call("GET", "/api/v1/models?name=" + f.name(), null),
                        List.of(Scopes.READ), ALL_BUT_READ, 200),
                new Case("active models", f -> new Call("GET", "/api/v1/models/active", null),
                        List.of(Scopes.READ), ALL_BUT_READ, 200),
                new Case("versions", f -> new Call("GET", "/api/v1/model-names/" + f.name() + "/versions", null),
                        List.of(Scopes.READ), ALL_BUT_READ, 200),
                new Case("status history", f -> new Call("GET", "/api/v1/models/" + f.draftId() + "/status-history",
                        null), List.of(Scopes.READ), ALL_BUT_READ, 200),
                new Case("model classes", f -> new Call("GET", "/api/v1/model-classes", null),
                        List.of(Scopes.READ), ALL_BUT_READ, 200),
                new Case("event", f -> new Call("GET", "/api/v1/events/" + f.eventId(), null),
                        List.of(Scopes.READ), ALL_BUT_READ, 200),
                new Case("create draft", f -> new Call("POST", "/api/v1/models", create(f.name(), "v2.0")),
                        List.of(Scopes.WRITE), List.of(Scopes.READ, Scopes.PROMOTE, Scopes.ADMIN), 201),
                new Case("create active", f -> new Call("POST", "/api/v1/models", ModelRequests.create(f.name(),
                        "v2.0", "elo", "nfl", ModelRequests.ELO_CONFIG, "active")),
                        List.of(Scopes.WRITE, Scopes.PROMOTE), List.of(Scopes.WRITE, Scopes.READ), 201),
                new Case("update text", f -> new Call("PATCH", "/api/v1/models/" + f.draftId(),
                        "{\"notes\":\"n\"}"), List.of(Scopes.WRITE), List.of(Scopes.READ, Scopes.PROMOTE), 200),
                new Case("metrics", f -> new Call("POST", "/api/v1/models/" + f.draftId() + "/metrics",
                        "{\"validation_accuracy\":0.6}"), List.of(Scopes.WRITE), List.of(Scopes.READ), 200),
                new Case("to testing", f -> new Call("POST", "/api/v1/models/" + f.draftId() + "/status",
                        status("testing")), List.of(Scopes.WRITE), List.of(Scopes.PROMOTE, Scopes.READ), 200),
                new Case("back to draft", f -> new Call("POST", "/api/v1/models/" + f.testingId() + "/status",
                        status("draft")), List.of(Scopes.WRITE), List.of(Scopes.PROMOTE), 200),
                new Case("to active", f -> new Call("POST", "/api/v1/models/" + f.testingId() + "/status",
                        status("active")), List.of(Scopes.PROMOTE), List.of(Scopes.WRITE, Scopes.ADMIN), 200),
                new Case("to deprecated", f -> new Call("POST", "/api/v1/models/" + f.draftId() + "/status",
                        status("deprecated")), List.of(Scopes.PROMOTE), List.of(Scopes.WRITE), 200),
                new Case("deprecate all except", f -> new Call("POST", "/api/v1/model-names/" + f.name()
                        + "/deprecate-all-except", "{\"keep_version\":\"v1.0\"}"), List.of(Scopes.PROMOTE),
                        List.of(Scopes.WRITE, Scopes.ADMIN), 200),
                new Case("clone", f -> new Call("POST", "/api/v1/models/" + f.draftId() + "/clone",
                        "{\"model_version\":\"v3.0\",\"config_changes\":{\"k_factor\":16}}"), List.of(Scopes.WRITE),
                        List.of(Scopes.READ, Scopes.PROMOTE), 201),
                new Case("add model class", f -> new Call("POST", "/api/v1/model-classes",
                        "{\"name\":\"" + f.name() + "\",\"description\":\"new\"}"), List.of(Scopes.ADMIN),
                        List.of(Scopes.WRITE, Scopes.PROMOTE, Scopes.READ), 201),
                new Case("record event", f -> new Call("POST", "/api/v1/events",
                        "{\"event_id\":\"" + f.name() + "-2\",\"domain\":\"nfl\"}"), List.of(Scopes.WRITE),
                        List.of(Scopes.READ), 201),
                new Case("resolve event", f -> new Call("POST", "/api/v1/events/" + f.eventId() + "/resolution",
                        "{\"resolution\":\"yes\"}"), List.of(Scopes.WRITE), List.of(Scopes.READ), 200),
                new Case("record prediction", f -> new Call("POST", "/api/v1/predictions",
                        "{\"model_id\":" + f.draftId() + ",\"event_id\":\"" + f.eventId() + "\",\"probability\":0.6}"),
                        List.of(Scopes.WRITE), List.of(Scopes.READ, Scopes.PROMOTE), 201),
                new Case("record batch", f -> new Call("POST", "/api/v1/predictions/batch",
                        "{\"predictions\":[{\"model_id\":" + f.draftId() + ",\"event_id\":\"" + f.eventId()
                                + "\",\"probability\":0.6}]}"), List.of(Scopes.WRITE), List.of(Scopes.READ), 200));
    }

    private Fixture fixture() {
        String admin = allScopes("fixture");
        String name = uniqueName("perm");
        long draft = ((Number) api.post("/api/v1/models", create(name, "v1.0"), admin).json().get("model_id"))
                .longValue();
        long testing = ((Number) api.post("/api/v1/models", create(name, "v1.1"), admin).json().get("model_id"))
                .longValue();
        api.post("/api/v1/models/" + testing + "/status", status("testing"), admin);
        String eventId = name + "-1";
        api.post("/api/v1/events", "{\"event_id\":\"" + eventId + "\",\"domain\":\"nfl\"}", admin);
        return new Fixture(name, draft, testing, eventId);
    }

    private ApiResponse send(Call call, String token) {
        return api.send(call.method(), call.path(), call.body(), call.body() == null ? null : "application/json",
                token);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answers401WithoutAToken(Case permission) {
        Fixture fixture = fixture();

        ApiResponse response = send(permission.request().apply(fixture), null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemCode()).isEqualTo("unauthorized");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answers403WithoutTheScopeAndChangesNothing(Case permission) {
        Fixture fixture = fixture();
        String admin = allScopes("observer");
        String before = api.get("/api/v1/models?name=" + fixture.name(), admin).body();

        ApiResponse response = send(permission.request().apply(fixture),
                token("mallory", permission.lacking().toArray(String[]::new)));

        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.problemCode()).isEqualTo("forbidden");
        assertThat(api.get("/api/v1/models?name=" + fixture.name(), admin).body()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void succeedsWithTheScopeItNeeds(Case permission) {
        Fixture fixture = fixture();

        ApiResponse response = send(permission.request().apply(fixture),
                token("trusted", permission.needed().toArray(String[]::new)));

        assertThat(response.status()).as(response.body()).isEqualTo(permission.success());
    }

    @Test
    void takesTheActorFromTheTokenSubject() {
        Fixture fixture = fixture();

        ApiResponse created = api.post("/api/v1/models", create(fixture.name(), "v4.0"),
                token("subject-from-token", Scopes.WRITE));
        api.post("/api/v1/models/" + fixture.draftId() + "/status", status("testing"),
                token("mover", Scopes.WRITE));
        ApiResponse history = api.get("/api/v1/models/" + fixture.draftId() + "/status-history",
                token("reader", Scopes.READ));
        ApiResponse prediction = api.post("/api/v1/predictions", "{\"model_id\":" + fixture.draftId()
                + ",\"event_id\":\"" + fixture.eventId() + "\",\"probability\":0.5}", token("bot-7", Scopes.WRITE));

        assertThat(created.json()).containsEntry("created_by", "subject-from-token");
        assertThat(history.jsonList()).extracting(change -> change.get("changed_by")).containsExactly("mover");
        assertThat(prediction.json()).containsEntry("recorded_by", "bot-7");
    }

    @Test
    void rejectsAnActorInTheBody() {
        Fixture fixture = fixture();
        String body = create(fixture.name(), "v5.0").replace("{\"model_name\"",
                "{\"created_by\":\"mallory\",\"model_name\"");

        ApiResponse response = api.post("/api/v1/models", body, token("alice", Scopes.WRITE));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemCode()).isEqualTo("unknown-field");
        assertThat(response.json()).containsEntry("field", "created_by");
        assertThat(response.json().get("detail").toString()).contains("taken from the bearer token");
        assertThat(api.get("/api/v1/model-names/" + fixture.name() + "/versions/v5.0", token("a", Scopes.READ))
                .status()).isEqualTo(404);
    }

    @Test
    void rejectsMalformedForgedExpiredAndForeignTokens() {
        Fixture fixture = fixture();
        String path = "/api/v1/models/" + fixture.draftId();
        String forged = new LocalTokens(LocalSigningKey.loadOrCreate(KEY_FILE.resolveSibling("other-key.json")))
                .mint("alice", Scopes.ALL, Duration.ofMinutes(5), Clock.systemUTC());
        String expired = TOKENS.mint("alice", Scopes.ALL, Duration.ofMinutes(5),
                Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC));
        String otherIssuer = foreignToken("https://issuer.example", "precog-model-manager");
        String otherAudience = foreignToken("precog-local", "another-service");

        for (String token : List.of("not-a-jwt", forged, expired, otherIssuer, otherAudience)) {
            ApiResponse response = api.get(path, token);
            assertThat(response.status()).as(token).isEqualTo(401);
            assertThat(response.problemCode()).isEqualTo("unauthorized");
        }
    }

    @Test
    void acceptsATokenWithinTheClockSkewAfterExpiry() {
        Fixture fixture = fixture();
        String expiredSecondsAgo = TOKENS.mint("alice", Scopes.ALL, Duration.ofSeconds(10),
                Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-40)));

        ApiResponse response = api.get("/api/v1/models/" + fixture.draftId(), expiredSecondsAgo);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void rejectsTokenPastClockSkew() {
        Fixture fixture = fixture();
        Instant issuedAt = Instant.now().minusSeconds(100).truncatedTo(ChronoUnit.SECONDS);
        String expired = TOKENS.mint("alice", Scopes.ALL, Duration.ofSeconds(10), Clock.fixed(issuedAt,
                ZoneOffset.UTC));

        ApiResponse response = api.get("/api/v1/models/" + fixture.draftId(), expired);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json()).containsEntry("detail",
                "The bearer token expired at " + issuedAt.plusSeconds(10) + "; get a new token");
    }

    private static String foreignToken(String issuer, String audience) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(
                LocalSigningKey.loadOrCreate(KEY_FILE))));
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(issuer).audience(List.of(audience)).subject("alice")
                .issuedAt(now).expiresAt(now.plusSeconds(300)).claim("scope", String.join(" ", Scopes.ALL)).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }
}
