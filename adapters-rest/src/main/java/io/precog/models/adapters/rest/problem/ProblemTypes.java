package io.precog.models.adapters.rest.problem;

import java.net.URI;
import java.util.Locale;

/**
 * Stable problem types: {@code urn:precog:problem:} followed by a lowercase, hyphenated code. Domain errors
 * use their own code ({@code duplicate-version}, {@code invalid-config} ...); errors of the HTTP layer use the
 * codes below.
 */
public final class ProblemTypes {

    /** Prefix of every problem type. */
    public static final String PREFIX = "urn:precog:problem:";

    /** The body is not JSON, or breaks a limit of the JSON reader (nesting depth, number length). */
    public static final String MALFORMED_JSON = "malformed-json";
    /** A property that the request body does not have, such as {@code created_by}. */
    public static final String UNKNOWN_FIELD = "unknown-field";
    /** A value of the wrong JSON type, or a parameter that cannot be read as its type. */
    public static final String WRONG_TYPE = "wrong-type";
    /** A required query parameter or body is missing. */
    public static final String MISSING_INPUT = "missing-input";
    /** A request the API cannot read for another reason. */
    public static final String MALFORMED_REQUEST = "malformed-request";
    /** The request body is larger than the service accepts. */
    public static final String PAYLOAD_TOO_LARGE = "payload-too-large";
    /** The request line and headers are larger than the server reads. */
    public static final String HEADERS_TOO_LARGE = "headers-too-large";
    /** No endpoint at this path. */
    public static final String NO_SUCH_ENDPOINT = "no-such-endpoint";
    /** The endpoint exists, but not for this HTTP method. */
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    /** The request body is not {@code application/json}. */
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    /** The client accepts no media type the endpoint produces. */
    public static final String NOT_ACCEPTABLE = "not-acceptable";
    /** No valid bearer token. */
    public static final String UNAUTHORIZED = "unauthorized";
    /** The token lacks the permission (scope) the request needs. */
    public static final String FORBIDDEN = "forbidden";
    /** A model class that is already registered. */
    public static final String DUPLICATE_MODEL_CLASS = "duplicate-model-class";
    /** An event id that is already recorded. */
    public static final String DUPLICATE_EVENT = "duplicate-event";
    /** No model class of that name. */
    public static final String MODEL_CLASS_NOT_FOUND = "model-class-not-found";
    /** A model version that has no validation run yet. */
    public static final String VALIDATION_RUN_NOT_FOUND = "validation-run-not-found";
    /** An error of the service itself; the body carries an id to find it in the log, and nothing else. */
    public static final String INTERNAL_ERROR = "internal-error";
    /** The service cannot respond now, such as when the database is unreachable. */
    public static final String UNAVAILABLE = "unavailable";

    private ProblemTypes() {
    }

    public static URI uri(String code) {
        return URI.create(PREFIX + code);
    }

    /** Title of a problem type: its code as a sentence, such as "Duplicate version". */
    public static String title(String code) {
        String words = code.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
