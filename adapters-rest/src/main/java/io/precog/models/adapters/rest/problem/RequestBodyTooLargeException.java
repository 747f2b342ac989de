package io.precog.models.adapters.rest.problem;

import java.io.IOException;

/** Raised while reading a request body that grows past the limit the service accepts. */
public class RequestBodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limitBytes;

    public RequestBodyTooLargeException(long limitBytes) {
        super("request body exceeds " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
