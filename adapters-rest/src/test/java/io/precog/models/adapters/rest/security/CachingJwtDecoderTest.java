package io.precog.models.adapters.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

class CachingJwtDecoderTest {

    private static final Instant ISSUED = Instant.parse("2025-03-01T12:00:00Z");
    private static final Instant EXPIRES = ISSUED.plus(Duration.ofMinutes(5));

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {

        private Instant now = ISSUED;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final AtomicInteger decodes = new AtomicInteger();

    /** Accepts any token until {@link #EXPIRES} by the hand clock, counting its calls. */
    private final JwtDecoder signatureChecking = token -> {
        decodes.incrementAndGet();
        if (!clock.instant().isBefore(EXPIRES)) {
            throw new JwtException("expired at " + EXPIRES);
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("alice").issuedAt(ISSUED)
                .expiresAt(EXPIRES).build();
    };

    @Test
    void checksARepeatedTokenOnceWhileItIsValid() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(signatureChecking, clock);
        clock.now = ISSUED.plus(Duration.ofMinutes(1));

        decoder.decode("token-a");
        Jwt again = decoder.decode("token-a");

        assertThat(decodes).hasValue(1);
        assertThat(again.getSubject()).isEqualTo("alice");
    }

    @Test
    void rechecksExpiredToken() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(signatureChecking, clock);
        decoder.decode("token-a");

        clock.now = EXPIRES;

        assertThatThrownBy(() -> decoder.decode("token-a")).isInstanceOf(JwtException.class);
        assertThat(decodes).hasValue(2);
    }

    @Test
    void checksEveryDistinctToken() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(signatureChecking, clock);

        decoder.decode("token-a");
        decoder.decode("token-b");

        assertThat(decodes).hasValue(2);
    }
}
