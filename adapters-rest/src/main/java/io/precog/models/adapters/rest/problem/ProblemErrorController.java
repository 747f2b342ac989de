package io.precog.models.adapters.rest.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Handles the servlet container's error dispatches (an error raised in a filter, a status set without a
 * body) with a problem detail instead of Spring Boot's default error page.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping(path = "${server.error.path:/error}", produces = MediaType.ALL_VALUE)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem;
        if (status.is5xxServerError()) {
            String errorId = UUID.randomUUID().toString();
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            LOG.error("{} failed with error id {}", LogText.of(path), errorId,
                    failure instanceof Throwable throwable ? LoggedFailure.of(throwable) : null);
            problem = ApiExceptionHandler.internalError(errorId);
        } else {
            problem = Problems.of(status, codeOf(status), detailOf(status));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static String codeOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> ProblemTypes.NO_SUCH_ENDPOINT;
            case UNAUTHORIZED -> ProblemTypes.UNAUTHORIZED;
            case FORBIDDEN -> ProblemTypes.FORBIDDEN;
            case METHOD_NOT_ALLOWED -> ProblemTypes.METHOD_NOT_ALLOWED;
            case CONTENT_TOO_LARGE -> ProblemTypes.PAYLOAD_TOO_LARGE;
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> ProblemTypes.HEADERS_TOO_LARGE;
            default -> status.is5xxServerError() ? ProblemTypes.INTERNAL_ERROR : ProblemTypes.MALFORMED_REQUEST;
        };
    }

    private static String detailOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "No endpoint at this path; the API lives under /api/v1";
            case UNAUTHORIZED -> "Send a valid bearer token";
            case FORBIDDEN -> "The token lacks the permission this request needs";
            default -> "The request cannot be handled as sent (" + status.getReasonPhrase() + ")";
        };
    }
}
