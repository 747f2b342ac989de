package io.precog.models.adapters.rest.security;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The local token issuer: a signing key kept in a file beside the embedded database, used to check the
 * tokens that the {@code token} command mints. When disabled, the service checks tokens of an external
 * issuer configured with {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri}.
 *
 * @param enabled whether tokens are checked against the local key; true when not set
 * @param keyFile the RSA key as a JSON Web Key, created on first use, readable by its owner only
 */
@ConfigurationProperties("precog.security.local-issuer")
public record LocalIssuerProperties(Boolean enabled, Path keyFile) {

    /** Default {@link #keyFile()}, relative to the working directory. */
    public static final Path DEFAULT_KEY_FILE = Path.of(".precog", "rest", "jwt-signing-key.json");

    /** The {@code iss} claim of local tokens. */
    public static final String ISSUER = "precog-local";

    /** The {@code aud} claim of local tokens. */
    public static final String AUDIENCE = "precog-model-manager";

    /** Validity of a minted token when the command gives none. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(8);

    public LocalIssuerProperties {
        if (enabled == null) {
            enabled = true;
        }
        if (keyFile == null) {
            keyFile = DEFAULT_KEY_FILE;
        }
    }
}
