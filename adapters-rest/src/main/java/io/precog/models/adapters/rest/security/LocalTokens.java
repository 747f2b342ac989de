package io.precog.models.adapters.rest.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;

/**
 * Mints and checks tokens of the local issuer: RS256 JWTs with issuer {@value LocalIssuerProperties#ISSUER},
 * audience {@value LocalIssuerProperties#AUDIENCE}, the caller as subject and the permissions as the
 * space-separated {@code scope} claim.
 */
public final class LocalTokens {

    /**
     * Time after its expiry during which a token is still accepted, and before its not-before time from which it
     * is accepted, for clocks that differ between the token's issuer and the service. Spring Security's default.
     */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final RSAKey key;

    public LocalTokens(RSAKey key) {
        this.key = key;
    }

    /**
     * Signs a token for {@code subject} with the given scopes, valid from now for {@code validity}.
     *
     * @throws IllegalArgumentException when the subject is blank or the validity not positive
     */
    public String mint(String subject, Collection<String> scopes, Duration validity, Clock clock) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("the subject must not be blank");
        }
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("the validity must be positive: " + validity);
        }
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(LocalIssuerProperties.ISSUER)
                .audience(List.of(LocalIssuerProperties.AUDIENCE))
                .subject(subject)
                .issuedAt(now)
                .expiresAt(now.plus(validity))
                .id(UUID.randomUUID().toString())
                .claim("scope", String.join(" ", scopes))
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    /** Returns a decoder that accepts only tokens of this key, issuer and audience, unexpired up to the skew. */
    public JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(List.of(
                new JwtTimestampValidator(CLOCK_SKEW),
                new JwtIssuerValidator(LocalIssuerProperties.ISSUER),
                new JwtClaimValidator<List<String>>("aud",
                        audience -> audience != null && audience.contains(LocalIssuerProperties.AUDIENCE)))));
        return decoder;
    }

    private RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException("the local signing key has no usable public key", e);
        }
    }
}
