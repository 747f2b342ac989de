package io.precog.models.adapters.rest.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the tokens another decoder accepted, so that a client sending the same token on every
 * request pays for the signature check once. A remembered token is used only until it expires; then it
 * is decoded again, and rejected. At most {@link #MAX_ENTRIES} tokens are remembered.
 */
final class CachingJwtDecoder implements JwtDecoder {

    /** Tokens remembered at most; the memory is emptied when it is full. */
    static final int MAX_ENTRIES = 10_000;

    private final JwtDecoder delegate;
    private final Clock clock;
    private final Map<String, Jwt> accepted = new ConcurrentHashMap<>();

    CachingJwtDecoder(JwtDecoder delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt remembered = accepted.get(token);
        Instant now = clock.instant();
        if (remembered != null && remembered.getExpiresAt() != null && now.isBefore(remembered.getExpiresAt())) {
            return remembered;
        }
        accepted.remove(token);
        Jwt jwt = delegate.decode(token);
        if (jwt.getExpiresAt() != null) {
            if (accepted.size() >= MAX_ENTRIES) {
                accepted.clear();
            }
            accepted.put(token, jwt);
        }
        return jwt;
    }
}
