package io.precog.models.batch.job;

import io.precog.models.adapters.postgres.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a Spring Boot test at a test database. */
final class DatabaseTest {

    private DatabaseTest() {
    }

    static void register(DynamicPropertyRegistry registry, TestDatabase database) {
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", () -> database.password() == null ? "" : database.password());
    }
}
