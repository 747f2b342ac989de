package io.precog.models.adapters.rest.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns a request body that could not be read into a problem that names the offending property by its JSON
 * path ({@code config.models[1]}) and the JSON type it should have, without Java class names.
 */
final class UnreadableBodyProblems {

    private static final List<String> CALLER_FIELDS = List.of("created_by", "changed_by", "recorded_by");

    private UnreadableBodyProblems() {
    }

    static ProblemDetail of(HttpMessageNotReadableException exception) {
        RequestBodyTooLargeException tooLarge = cause(exception, RequestBodyTooLargeException.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge.limitBytes());
        }
        UnrecognizedPropertyException unknown = cause(exception, UnrecognizedPropertyException.class);
        if (unknown != null) {
            return unknownField(unknown);
        }
        MismatchedInputException mismatch = cause(exception, MismatchedInputException.class);
        if (mismatch != null && isTrailingValue(mismatch)) {
            return Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_JSON,
                    "The body has more than one JSON value; send a single object");
        }
        if (mismatch != null) {
            return wrongType(mismatch);
        }
        StreamConstraintsException limit = cause(exception, StreamConstraintsException.class);
        if (limit != null) {
            return Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_JSON, JsonReadErrors.limit(limit));
        }
        StreamReadException syntax = cause(exception, StreamReadException.class);
        if (syntax != null) {
            return malformed(syntax);
        }
        JacksonException other = cause(exception, JacksonException.class);
        if (other != null) {
            return malformed(other);
        }
        if (exception.getMessage() != null && exception.getMessage().startsWith("Required request body is missing")) {
            return Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MISSING_INPUT,
                    "The request needs a JSON body");
        }
        return Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
                "The request body could not be read as JSON");
    }

    static ProblemDetail tooLarge(long limitBytes) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + limitBytes + " bytes; send less, or split a batch",
                Map.of("limit_bytes", limitBytes));
    }

    private static ProblemDetail unknownField(UnrecognizedPropertyException exception) {
        String field = exception.getPropertyName();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", path(exception));
        Collection<Object> known = exception.getKnownPropertyIds();
        List<String> knownFields = known == null ? List.of()
                : known.stream().map(Objects::toString).sorted().toList();
        details.put("known_fields", knownFields);
        String hint = CALLER_FIELDS.contains(field)
                ? "; the caller is taken from the bearer token, never from the body"
                : knownFields.isEmpty() ? "" : "; the known fields are " + String.join(", ", knownFields);
        return Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.UNKNOWN_FIELD,
                "Unknown field '" + field + "'" + hint, details);
    }

    private static ProblemDetail wrongType(MismatchedInputException exception) {
        String path = path(exception);
        String expected = jsonType(exception.getTargetType());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", path);
        details.put("expected", expected);
        String where = path.isEmpty() ? "The body" : "Field '" + path + "'";
        return Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.WRONG_TYPE,
                where + " must be " + article(expected), details);
    }

    private static ProblemDetail malformed(JacksonException exception) {
        Map<String, Object> details = new LinkedHashMap<>();
        TokenStreamLocation location = exception.getLocation();
        if (location != null && location.getLineNr() > 0) {
            details.put("line", location.getLineNr());
            details.put("column", location.getColumnNr());
        }
        return Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_JSON, JsonReadErrors.syntax(exception),
                details);
    }

    /** Tells whether the reader found a second value after the body's object, as in {@code {"a":1} {"b":2}}. */
    private static boolean isTrailingValue(MismatchedInputException exception) {
        String message = exception.getOriginalMessage();
        return message != null && message.startsWith("Trailing token");
    }

    /** Returns the JSON path of the offending value, such as {@code config.models[1]}; empty for the whole body. */
    static String path(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String jsonType(Class<?> target) {
        if (target == null) {
            return "value of another type";
        }
        if (CharSequence.class.isAssignableFrom(target) || target.isEnum()) {
            return "string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "boolean";
        }
        if (target == BigDecimal.class) {
            return "number";
        }
        if (target == Long.class || target == long.class || target == Integer.class || target == int.class
                || target == BigInteger.class) {
            return "integer";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "ISO-8601 timestamp string such as 2025-01-31T18:00:00Z";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "array";
        }
        return "object";
    }

    private static String article(String type) {
        return "aeiouAEIOU".indexOf(type.charAt(0)) >= 0 ? "an " + type : "a " + type;
    }

    private static <T extends Throwable> T cause(Throwable exception, Class<T> type) {
        for (Throwable current = exception; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }
}
