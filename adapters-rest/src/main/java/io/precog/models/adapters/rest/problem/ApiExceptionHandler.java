package io.precog.models.adapters.rest.problem;

import io.precog.models.domain.error.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error raised while handling a request into an RFC 9457 problem detail: domain errors with
 * their own code and offending values, Spring MVC's errors (unreadable JSON, wrong parameter type, missing
 * parameter, wrong method or media type, unknown path) with the codes of {@link ProblemTypes}, and anything
 * else with a 500 that carries only an error id, logged with the cause.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domainError(DomainException exception, HttpServletRequest request) {
        HttpStatus status = DomainStatuses.of(exception);
        LOG.info("{} {} rejected with {} {}: {}", LogText.of(request.getMethod()), LogText.of(request.getRequestURI()),
                status.value(), exception.code(), LogText.of(exception.details()));
        return problem(Problems.of(status, exception.code(), exception.getMessage(), exception.details()));
    }

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<Object> apiProblem(ApiProblemException exception, HttpServletRequest request) {
        LOG.info("{} {} rejected with {} {}: {}", LogText.of(request.getMethod()), LogText.of(request.getRequestURI()),
                exception.status().value(), exception.code(), LogText.of(exception.details()));
        return problem(Problems.of(exception.status(), exception.code(), exception.getMessage(),
                exception.details()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException exception, HttpServletRequest request) {
        LOG.info("{} {} forbidden: {}", LogText.of(request.getMethod()), LogText.of(request.getRequestURI()),
                LogText.of(exception.getMessage()));
        return problem(Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, exception.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception exception, HttpServletRequest request) {
        String errorId = UUID.randomUUID().toString();
        LOG.error("{} {} failed with error id {}", LogText.of(request.getMethod()), LogText.of(request.getRequestURI()),
                errorId, LoggedFailure.of(exception));
        return problem(internalError(errorId));
    }

    /** Builds the body of a 500: an error id to find the cause in the service's log, and nothing of the cause. */
    public static ProblemDetail internalError(String errorId) {
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR,
                "The service failed to handle the request; report error id " + errorId,
                Map.of("error_id", errorId));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = translate(exception, status);
        HttpServletRequest servletRequest = request instanceof ServletWebRequest servlet ? servlet.getRequest() : null;
        String method = servletRequest == null ? "" : LogText.of(servletRequest.getMethod());
        String path = servletRequest == null ? "" : LogText.of(servletRequest.getRequestURI());
        if (problem.getStatus() >= 500) {
            String errorId = UUID.randomUUID().toString();
            LOG.error("{} {} failed with error id {}", method, path, errorId, LoggedFailure.of(exception));
            problem = internalError(errorId);
        } else {
            LOG.info("{} {} rejected with {} {}", method, path, problem.getStatus(), problem.getType());
        }
        HttpHeaders responseHeaders = new HttpHeaders();
        if (headers != null) {
            responseHeaders.putAll(headers);
        }
        return ResponseEntity.status(problem.getStatus()).headers(responseHeaders).body(problem);
    }

    private static ProblemDetail translate(Exception exception, HttpStatusCode status) {
        if (exception instanceof HttpMessageNotReadableException unreadable) {
            return UnreadableBodyProblems.of(unreadable);
        }
        if (exception instanceof MethodArgumentTypeMismatchException mismatch) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("parameter", mismatch.getName());
            details.put("value", abbreviate(String.valueOf(mismatch.getValue())));
            return Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.WRONG_TYPE, "Parameter '" + mismatch.getName()
                    + "' cannot be read as " + typeName(mismatch.getRequiredType()), details);
        }
        if (exception instanceof TypeMismatchException mismatch) {
            return Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.WRONG_TYPE,
                    "A parameter cannot be read as " + typeName(mismatch.getRequiredType()));
        }
        if (exception instanceof MissingServletRequestParameterException missing) {
            return Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MISSING_INPUT,
                    "Query parameter '" + missing.getParameterName() + "' is required",
                    Map.of("parameter", missing.getParameterName()));
        }
        if (exception instanceof HttpRequestMethodNotSupportedException unsupported) {
            return Problems.of(HttpStatus.METHOD_NOT_ALLOWED, ProblemTypes.METHOD_NOT_ALLOWED,
                    "Method " + unsupported.getMethod() + " is not supported here",
                    Map.of("method", unsupported.getMethod()));
        }
        if (exception instanceof HttpMediaTypeNotSupportedException) {
            return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
                    "Send the body as application/json");
        }
        if (exception instanceof HttpMediaTypeNotAcceptableException) {
            return Problems.of(HttpStatus.NOT_ACCEPTABLE, ProblemTypes.NOT_ACCEPTABLE,
                    "The endpoint answers with application/json or application/problem+json");
        }
        if (exception instanceof NoResourceFoundException || exception instanceof NoHandlerFoundException) {
            return Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NO_SUCH_ENDPOINT,
                    "No endpoint at this path; the API lives under /api/v1 and is described at /v3/api-docs");
        }
        if (status.is4xxClientError()) {
            return Problems.of(status, ProblemTypes.MALFORMED_REQUEST, "The request cannot be handled as sent");
        }
        return Problems.of(status, ProblemTypes.INTERNAL_ERROR, "internal");
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "the expected type";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "an integer";
        }
        return "a " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
