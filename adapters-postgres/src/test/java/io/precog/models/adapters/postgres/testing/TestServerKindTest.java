package io.precog.models.adapters.postgres.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class TestServerKindTest {

    private static final BooleanSupplier DOCKER_UP = () -> true;
    private static final BooleanSupplier DOCKER_DOWN = () -> false;
    private static final BooleanSupplier DOCKER_NOT_ASKED = () -> {
        throw new AssertionError("Docker must not be looked for");
    };

    @Test
    void prefersGivenUrlWithoutLookingForDocker() {
        Map<String, String> environment = Map.of("PRECOG_TEST_JDBC_URL", "jdbc:postgresql://localhost:5432/postgres");

        assertThat(TestServerKind.choose(environment, true, DOCKER_NOT_ASKED)).isEqualTo(TestServerKind.GIVEN_URL);
    }

    @Test
    void usesContainerWhenDockerIsReachable() {
        assertThat(TestServerKind.choose(Map.of(), true, DOCKER_UP)).isEqualTo(TestServerKind.CONTAINER);
    }

    @Test
    void usesEmbeddedServerWithoutDocker() {
        assertThat(TestServerKind.choose(Map.of(), true, DOCKER_DOWN)).isEqualTo(TestServerKind.EMBEDDED);
    }

    @Test
    void usesEmbeddedServerWithoutTestcontainers() {
        assertThat(TestServerKind.choose(Map.of(), false, DOCKER_NOT_ASKED)).isEqualTo(TestServerKind.EMBEDDED);
    }

    @Test
    void ignoresBlankUrl() {
        assertThat(TestServerKind.choose(Map.of("PRECOG_TEST_JDBC_URL", " "), true, DOCKER_DOWN))
                .isEqualTo(TestServerKind.EMBEDDED);
    }
}
