package io.precog.models.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.precog.models.adapters.postgres.violation.StoreUsingBatch;
import io.precog.models.adapters.rest.violation.ControllerUsingBatch;
import io.precog.models.application.config.violation.ConfigReaderUsingJackson;
import io.precog.models.application.violation.UseCaseUsingPostgres;
import io.precog.models.batch.violation.JobUsingRest;
import io.precog.models.domain.violation.DomainClassUsingJackson;
import io.precog.models.domain.violation.DomainClassUsingJdbc;
import io.precog.models.domain.violation.cycle.first.FirstInCycle;
import io.precog.models.domain.violation.cycle.second.SecondInCycle;
import org.junit.jupiter.api.Test;

/** Shows that every rule rejects a class that breaks it, so that none of them passes vacuously. */
class ArchitectureRulesRejectTest {

    @Test
    void domainRuleRejectsJackson() {
        assertRejects(ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_JDK_AND_COMMONS_MATH, DomainClassUsingJackson.class,
                "tools.jackson.databind.ObjectMapper");
    }

    @Test
    void noJdbcRuleRejectsConnection() {
        assertRejects(ArchitectureRules.DOMAIN_USES_NO_JDBC, DomainClassUsingJdbc.class, "java.sql.Connection");
    }

    @Test
    void applicationRuleRejectsAdapterType() {
        assertRejects(ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN, UseCaseUsingPostgres.class,
                "io.precog.models.adapters.postgres.database.DatabaseSettings");
    }

    @Test
    void applicationConfigRuleRejectsJackson() {
        assertRejects(ArchitectureRules.APPLICATION_CONFIG_DEPENDS_ONLY_ON_DOMAIN_AND_YAML,
                ConfigReaderUsingJackson.class, "tools.jackson.databind.ObjectMapper");
    }

    @Test
    void postgresRuleRejectsBatchType() {
        assertRejects(ArchitectureRules.POSTGRES_DEPENDS_ON_NO_OTHER_ADAPTER, StoreUsingBatch.class,
                "io.precog.models.batch.violation.BatchMarker");
    }

    @Test
    void restRuleRejectsBatchType() {
        assertRejects(ArchitectureRules.REST_DEPENDS_ON_NO_BATCH, ControllerUsingBatch.class,
                "io.precog.models.batch.violation.BatchMarker");
    }

    @Test
    void batchRuleRejectsRestType() {
        assertRejects(ArchitectureRules.BATCH_DEPENDS_ON_NO_REST, JobUsingRest.class,
                "io.precog.models.adapters.rest.violation.ControllerUsingBatch");
    }

    @Test
    void cycleRuleRejectsTwoPackagesUsingEachOther() {
        JavaClasses cycle = new ClassFileImporter().importClasses(FirstInCycle.class, SecondInCycle.class);

        assertThatThrownBy(() -> ArchitectureRules.NO_PACKAGE_CYCLES.check(cycle))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("domain.violation.cycle.first")
                .hasMessageContaining("domain.violation.cycle.second");
    }

    private static void assertRejects(ArchRule rule, Class<?> violator, String offendingType) {
        JavaClasses classes = new ClassFileImporter().importClasses(violator);

        assertThatThrownBy(() -> rule.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(violator.getName())
                .hasMessageContaining(offendingType);
    }
}
