package com.newsletterdaily.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The hexagon's dependency rules, one {@link ArchRule} each; {@code failOnEmptyShould} stays on so that a wrong
 * package name fails the rule instead of passing it vacuously.
 */
public final class ArchitectureRules {

    static final String BASE = "com.newsletterdaily";
    static final String DOMAIN = BASE + ".domain..";
    static final String MARKET = BASE + ".domain.market..";
    static final String CONTENT = BASE + ".domain.content..";
    static final String NEWSLETTER = BASE + ".domain.newsletter..";
    static final String APPLICATION = BASE + ".application..";
    static final String PORTS_IN = BASE + ".application.port.in..";
    static final String PORTS_OUT = BASE + ".application.port.out..";
    static final String ADAPTERS = BASE + ".adapters..";
    static final String BOOTSTRAP = BASE + ".bootstrap..";

    /** Technology a port must not mention; the adapters own it. */
    static final String[] FRAMEWORK_PACKAGES = {
            "io.helidon..", "com.fasterxml..", "io.lettuce..", "org.postgresql..", "com.zaxxer..", "org.flywaydb..",
            "dev.langchain4j..", "com.rometools..", "io.netty..", "java.sql..", "jakarta.."};

    private static final DescribedPredicate<JavaClass> PLAIN_JAVA =
            resideInAPackage("java..").and(resideOutsideOfPackage("java.sql.."))
                    .as("plain Java (java.. except java.sql..)");

    public static final ArchRule DOMAIN_ONLY_DEPENDS_ON_JAVA = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat(resideInAPackage(DOMAIN).or(PLAIN_JAVA))
            .because("the domain is pure Java: no framework, no SQL and no other layer may leak into the model, "
                    + "so it can be tested and reused without any infrastructure");

    public static final ArchRule MARKET_DEPENDS_ON_NO_OTHER_DOMAIN_MODULE = classes()
            .that().resideInAPackage(MARKET)
            .should().onlyDependOnClassesThat(resideOutsideOfPackage(DOMAIN).or(resideInAPackage(MARKET)))
            .because("market is the base of the domain: instruments and quotes exist without articles or editions");

    public static final ArchRule CONTENT_DEPENDS_ONLY_ON_MARKET = classes()
            .that().resideInAPackage(CONTENT)
            .should().onlyDependOnClassesThat(resideOutsideOfPackage(DOMAIN).or(resideInAnyPackage(CONTENT, MARKET)))
            .because("content may refer to market data but must not know the newsletter that is built from it");

    public static final ArchRule NEWSLETTER_DEPENDS_ONLY_ON_MARKET_AND_CONTENT = classes()
            .that().resideInAPackage(NEWSLETTER)
            .should().onlyDependOnClassesThat(
                    resideOutsideOfPackage(DOMAIN).or(resideInAnyPackage(NEWSLETTER, CONTENT, MARKET)))
            .because("the newsletter sits on top of the domain and composes market and content; "
                    + "a domain module added later must be allowed explicitly");

    public static final ArchRule DOMAIN_MODULES_FREE_OF_CYCLES = slices()
            .matching(BASE + ".domain.(*)..")
            .should().beFreeOfCycles()
            .because("the domain modules form a one-way stack market <- content <- newsletter; "
                    + "a cycle would make them one tangled module");

    public static final ArchRule APPLICATION_ONLY_DEPENDS_ON_DOMAIN = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat(resideInAnyPackage(APPLICATION, DOMAIN).or(PLAIN_JAVA))
            .because("use cases and ports speak the domain's language only; technology is plugged in "
                    + "from outside through the ports");

    public static final ArchRule ADAPTERS_INDEPENDENT_OF_EACH_OTHER = slices()
            .matching(BASE + ".adapters.(*)..")
            .should().notDependOnEachOther()
            .because("each adapter implements or drives ports on its own; they meet only through the "
                    + "application and are wired together in bootstrap");

    public static final ArchRule ONLY_BOOTSTRAP_DEPENDS_ON_ADAPTERS = noClasses()
            .that().resideOutsideOfPackages(ADAPTERS, BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(ADAPTERS)
            .because("bootstrap is the one composition root: nothing but it may choose a concrete adapter");

    public static final ArchRule PORTS_FREE_OF_ADAPTER_AND_FRAMEWORK_TYPES = classes()
            .that().resideInAnyPackage(PORTS_IN, PORTS_OUT)
            .and().areInterfaces()
            .should(PortSignatureCondition.notReferTo(
                    resideInAPackage(ADAPTERS).or(resideInAnyPackage(FRAMEWORK_PACKAGES))
                            .as("adapter or framework types")))
            .because("ports are the hexagon's boundary: a technology type in a signature would force every "
                    + "caller and implementation onto that technology");

    private ArchitectureRules() {
    }
}
