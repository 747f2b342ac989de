package io.precog.models.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture as named rules: dependencies point inward only, from adapters to the application to
 * the domain. Each rule is checked against the project's classes and, in {@code ArchitectureRulesRejectTest},
 * against a class that breaks it, so that no rule passes vacuously.
 */
final class ArchitectureRules {

    static final String DOMAIN = "io.precog.models.domain..";
    static final String APPLICATION = "io.precog.models.application..";
    static final String APPLICATION_CONFIG = "io.precog.models.application.config..";
    static final String POSTGRES = "io.precog.models.adapters.postgres..";
    static final String REST = "io.precog.models.adapters.rest..";
    static final String BATCH = "io.precog.models.batch..";

    /** The domain uses the JDK and Apache Commons Math, and nothing else. */
    static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JDK_AND_COMMONS_MATH = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..", "org.apache.commons.math3..")
            .because("the domain is a plain library that research tools use with no database or framework");

    /** The JDK's database and desktop packages are JDK too, but have no place in the domain. */
    static final ArchRule DOMAIN_USES_NO_JDBC = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.awt..")
            .because("storage and rendering belong to adapters");

    /** The use cases depend on the domain and the JDK only. */
    static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN = classes()
            .that().resideInAPackage(APPLICATION).and().resideOutsideOfPackage(APPLICATION_CONFIG)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..")
            .because("the use cases must not know which adapters serve them");

    /** The YAML config reader may use SnakeYAML Engine besides the domain and the JDK. */
    static final ArchRule APPLICATION_CONFIG_DEPENDS_ONLY_ON_DOMAIN_AND_YAML = classes()
            .that().resideInAPackage(APPLICATION_CONFIG)
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage(APPLICATION_CONFIG, DOMAIN, "java..", "org.snakeyaml.engine..")
            .because("reading YAML needs a parser, and nothing else outside the core");

    /** The storage adapter serves the other adapters and never depends on them. */
    static final ArchRule POSTGRES_DEPENDS_ON_NO_OTHER_ADAPTER = noClasses()
            .that().resideInAPackage(POSTGRES)
            .should().dependOnClassesThat().resideInAnyPackage(REST, BATCH)
            .because("adapters depend on the application, never on each other");

    /** The REST service does not depend on the batch job. */
    static final ArchRule REST_DEPENDS_ON_NO_BATCH = noClasses()
            .that().resideInAPackage(REST)
            .should().dependOnClassesThat().resideInAPackage(BATCH)
            .because("adapters depend on the application, never on each other");

    /** The batch job does not depend on the REST service. */
    static final ArchRule BATCH_DEPENDS_ON_NO_REST = noClasses()
            .that().resideInAPackage(BATCH)
            .should().dependOnClassesThat().resideInAPackage(REST)
            .because("adapters depend on the application, never on each other");

    /** No two packages of the project depend on each other, directly or through others. */
    static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching("io.precog.models.(**)")
            .should().beFreeOfCycles()
            .because("cycles make packages impossible to understand or move separately");

    private ArchitectureRules() {
    }
}
