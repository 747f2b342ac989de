package io.precog.models.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class LoggedFailureTest {

    @Test
    void escapesCausesAndSuppressed() {
        SQLException cause = new SQLException("Key (event_id)=(a\nforged) already exists");
        IllegalStateException failure = new IllegalStateException("could not store\r\nforged", cause);
        failure.addSuppressed(new IllegalArgumentException("tab\there"));

        LoggedFailure logged = LoggedFailure.of(failure);

        assertThat(logged.getMessage()).isEqualTo("java.lang.IllegalStateException: could not store\\r\\nforged");
        assertThat(logged.getCause().getMessage())
                .isEqualTo("java.sql.SQLException: Key (event_id)=(a\\nforged) already exists");
        assertThat(logged.getSuppressed()).singleElement().extracting(Throwable::getMessage)
                .isEqualTo("java.lang.IllegalArgumentException: tab\\there");
        assertThat(logged.getStackTrace()).isEqualTo(failure.getStackTrace());
        assertThat(logged.getCause().getStackTrace()).isEqualTo(cause.getStackTrace());
    }

    @Test
    void namesClassWithoutMessage() {
        LoggedFailure logged = LoggedFailure.of(new NullPointerException());

        assertThat(logged.getMessage()).isEqualTo("java.lang.NullPointerException");
    }
}
