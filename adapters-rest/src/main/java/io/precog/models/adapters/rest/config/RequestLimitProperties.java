package io.precog.models.adapters.rest.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on what a request may send.
 *
 * @param maxBodyBytes largest request body read, in bytes; a larger one gets 413 before or while
 *                     it is read. The default, 1 MiB, fits a config of the maximum 64 KiB many times over and
 *                     a batch of several thousand predictions.
 */
@ConfigurationProperties("precog.rest")
public record RequestLimitProperties(Long maxBodyBytes) {

    /** Default of {@link #maxBodyBytes()}: 1 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;

    public RequestLimitProperties {
        if (maxBodyBytes == null) {
            maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("precog.rest.max-body-bytes must be positive: " + maxBodyBytes);
        }
    }
}
