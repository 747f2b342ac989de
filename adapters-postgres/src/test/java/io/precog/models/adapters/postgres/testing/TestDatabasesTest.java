package io.precog.models.adapters.postgres.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestDatabasesTest {

    @Test
    void namesDatabaseAfterLabelInLowercase() {
        assertThat(TestDatabases.uniqueName("ModelStoreIT")).matches("test_modelstoreit_[0-9a-f]{8}");
    }

    @Test
    void replacesCharactersThatNeedQuoting() {
        assertThat(TestDatabases.uniqueName("rest-api / v1")).matches("test_rest_api_v1_[0-9a-f]{8}");
    }

    @Test
    void shortensLongLabelToFitPostgresIdentifiers() {
        String name = TestDatabases.uniqueName("a".repeat(100));

        assertThat(name).matches("test_a{40}_[0-9a-f]{8}");
        assertThat(name).hasSize(54);
    }

    @Test
    void givesEveryDatabaseItsOwnName() {
        assertThat(TestDatabases.uniqueName("same")).isNotEqualTo(TestDatabases.uniqueName("same"));
    }
}
