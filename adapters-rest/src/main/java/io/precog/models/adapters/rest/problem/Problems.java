package io.precog.models.adapters.rest.problem;

import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problem details of the service's error responses. */
public final class Problems {

    private Problems() {
    }

    /**
     * Builds a problem of type {@code urn:precog:problem:<code>} whose extension members are {@code details}.
     *
     * @param detail human-readable explanation, never a stack trace or SQL
     */
    public static ProblemDetail of(HttpStatusCode status, String code, String detail, Map<String, ?> details) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.uri(code));
        problem.setTitle(ProblemTypes.title(code));
        details.forEach(problem::setProperty);
        return problem;
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        return of(status, code, detail, Map.of());
    }
}
