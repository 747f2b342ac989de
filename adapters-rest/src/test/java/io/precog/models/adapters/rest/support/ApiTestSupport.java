package io.precog.models.adapters.rest.support;

import io.precog.models.adapters.postgres.testing.TestDatabase;
import io.precog.models.adapters.postgres.testing.TestDatabases;
import io.precog.models.adapters.rest.security.LocalSigningKey;
import io.precog.models.adapters.rest.security.LocalTokens;
import io.precog.models.adapters.rest.security.Scopes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the API tests: the whole service on a random port, over one fresh, migrated PostgreSQL database
 * and one local signing key shared by every test class, so that Spring starts the service once. Tests stay
 * independent by giving each model a name of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTestSupport {

    protected static final TestDatabase DATABASE = TestDatabases.createMigrated("rest_api");
    protected static final Path KEY_FILE = temporaryKeyFile();
    protected static final LocalTokens TOKENS = new LocalTokens(LocalSigningKey.loadOrCreate(KEY_FILE));

    @LocalServerPort
    private int port;

    protected ApiClient api;

    @DynamicPropertySource
    static void service(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
        registry.add("spring.datasource.username", DATABASE::user);
        registry.add("spring.datasource.password", () -> DATABASE.password() == null ? "" : DATABASE.password());
        registry.add("precog.security.local-issuer.key-file", KEY_FILE::toString);
        registry.add("server.address", () -> "127.0.0.1");
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    /** Mints a token for {@code subject} with the given scopes, valid for ten minutes. */
    protected static String token(String subject, String... scopes) {
        return TOKENS.mint(subject, List.of(scopes), Duration.ofMinutes(10), Clock.systemUTC());
    }

    /** Mints a token with every scope. */
    protected static String allScopes(String subject) {
        return TOKENS.mint(subject, Scopes.ALL, Duration.ofMinutes(10), Clock.systemUTC());
    }

    /** Returns a model name that no other test uses, such as {@code elo_3f2a9c1b}. */
    protected static String uniqueName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Path temporaryKeyFile() {
        try {
            return Files.createTempDirectory("precog-rest-key").resolve("jwt-signing-key.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
