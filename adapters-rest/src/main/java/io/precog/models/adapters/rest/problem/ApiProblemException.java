package io.precog.models.adapters.rest.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request that the HTTP layer rejects on its own, outside the domain rules: a malformed update body, a
 * model class that already exists. Carries the status, the problem code and the offending values.
 */
public class ApiProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String code;
    private final transient Map<String, Object> details;

    /**
     * @param code    problem code, one of {@link ProblemTypes}
     * @param detail  what is wrong and what to do instead
     * @param details offending values by name; may be empty
     */
    public ApiProblemException(HttpStatus status, String code, String detail, Map<String, ?> details) {
        super(detail);
        this.status = status;
        this.code = code;
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
