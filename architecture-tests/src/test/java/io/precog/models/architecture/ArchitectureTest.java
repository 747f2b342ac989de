package io.precog.models.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArchitectureTest {

    private static JavaClasses projectClasses;

    @BeforeAll
    static void importProductionClasses() {
        projectClasses = new ClassFileImporter()
                .withImportOption(ArchitectureTest::isProductionClass)
                .importPackages("io.precog.models");
    }

    /** Skips compiled tests, the violation fixtures of this module among them, whatever the build folder is named. */
    private static boolean isProductionClass(Location location) {
        return !location.contains("/test-classes/") && !location.contains("-tests.jar");
    }

    @Test
    void importsEveryModule() {
        assertThat(projectClasses.containPackage("io.precog.models.domain.model")).isTrue();
        assertThat(projectClasses.containPackage("io.precog.models.application")).isTrue();
        assertThat(projectClasses.containPackage("io.precog.models.adapters.postgres.database")).isTrue();
        assertThat(projectClasses.containPackage("io.precog.models.adapters.rest")).isTrue();
        assertThat(projectClasses.containPackage("io.precog.models.batch")).isTrue();
    }

    @Test
    void domainDependsOnlyOnJdkAndCommonsMath() {
        ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_JDK_AND_COMMONS_MATH.check(projectClasses);
    }

    @Test
    void domainUsesNoJdbc() {
        ArchitectureRules.DOMAIN_USES_NO_JDBC.check(projectClasses);
    }

    @Test
    void applicationDependsOnlyOnDomain() {
        ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN.check(projectClasses);
    }

    @Test
    void applicationConfigDependsOnlyOnDomainAndYaml() {
        ArchitectureRules.APPLICATION_CONFIG_DEPENDS_ONLY_ON_DOMAIN_AND_YAML.check(projectClasses);
    }

    @Test
    void postgresDependsOnNoOtherAdapter() {
        ArchitectureRules.POSTGRES_DEPENDS_ON_NO_OTHER_ADAPTER.check(projectClasses);
    }

    @Test
    void restDependsOnNoBatch() {
        ArchitectureRules.REST_DEPENDS_ON_NO_BATCH.check(projectClasses);
    }

    @Test
    void batchDependsOnNoRest() {
        ArchitectureRules.BATCH_DEPENDS_ON_NO_REST.check(projectClasses);
    }

    @Test
    void packagesAreFreeOfCycles() {
        ArchitectureRules.NO_PACKAGE_CYCLES.check(projectClasses);
    }
}
