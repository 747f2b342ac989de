package io.precog.models.adapters.postgres.testing;

import java.util.Map;
import java.util.function.BooleanSupplier;

/** Which PostgreSQL server the tests of one JVM run against, in order of precedence. */
enum TestServerKind {

    /** The server at {@value #URL_VARIABLE}, with {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}. */
    GIVEN_URL,

    /** A Testcontainers PostgreSQL container, when a Docker engine is reachable. */
    CONTAINER,

    /** An embedded server in a temporary folder removed when the JVM exits. */
    EMBEDDED;

    static final String URL_VARIABLE = "PRECOG_TEST_JDBC_URL";
    static final String USER_VARIABLE = "PRECOG_TEST_JDBC_USER";
    static final String PASSWORD_VARIABLE = "PRECOG_TEST_JDBC_PASSWORD";

    /**
     * Chooses the server. Docker is asked about only when no URL is given and Testcontainers is on the
     * class path, because looking for a Docker engine takes time.
     */
    static TestServerKind choose(Map<String, String> environment, boolean testcontainersPresent,
            BooleanSupplier dockerAvailable) {
        String url = environment.get(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return GIVEN_URL;
        }
        if (testcontainersPresent && dockerAvailable.getAsBoolean()) {
            return CONTAINER;
        }
        return EMBEDDED;
    }
}
