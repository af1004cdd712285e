package com.newsletterdaily.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Applies every architecture rule to the production classes of all modules. */
class ArchitectureTest {

    /** The violation fixtures live in the test tree; this keeps them out even if the test filter changes. */
    private static final ImportOption WITHOUT_FIXTURES = new ImportOption() {
        private final Pattern fixture = Pattern.compile(".*/archfixture/.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(fixture);
        }
    };

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(WITHOUT_FIXTURES)
                .importPackages(ArchitectureRules.BASE);
    }

    @Test
    void importSeesEveryModuleAndNoTestCode() {
        assertThat(production.stream().map(JavaClass::getPackageName).distinct())
                .as("packages imported from the classpath")
                .contains(
                        "com.newsletterdaily.domain.market",
                        "com.newsletterdaily.domain.content",
                        "com.newsletterdaily.domain.newsletter",
                        "com.newsletterdaily.application.port.in",
                        "com.newsletterdaily.application.port.out",
                        "com.newsletterdaily.application.service",
                        "com.newsletterdaily.adapters.http",
                        "com.newsletterdaily.adapters.postgres",
                        "com.newsletterdaily.adapters.redis",
                        "com.newsletterdaily.adapters.llm",
                        "com.newsletterdaily.adapters.feeds",
                        "com.newsletterdaily.bootstrap")
                .noneMatch(name -> name.contains("archfixture") || name.startsWith("com.newsletterdaily.architecture"));
        assertThat(production.stream().map(JavaClass::getSimpleName))
                .noneMatch(name -> name.endsWith("Test"));
    }

    @Test
    void domainOnlyDependsOnJava() {
        ArchitectureRules.DOMAIN_ONLY_DEPENDS_ON_JAVA.check(production);
    }

    @Test
    void marketDependsOnNoOtherDomainModule() {
        ArchitectureRules.MARKET_DEPENDS_ON_NO_OTHER_DOMAIN_MODULE.check(production);
    }

    @Test
    void contentDependsOnlyOnMarket() {
        ArchitectureRules.CONTENT_DEPENDS_ONLY_ON_MARKET.check(production);
    }

    @Test
    void newsletterDependsOnlyOnMarketAndContent() {
        ArchitectureRules.NEWSLETTER_DEPENDS_ONLY_ON_MARKET_AND_CONTENT.check(production);
    }

    @Test
    void domainModulesAreFreeOfCycles() {
        ArchitectureRules.DOMAIN_MODULES_FREE_OF_CYCLES.check(production);
    }

    @Test
    void applicationOnlyDependsOnDomain() {
        ArchitectureRules.APPLICATION_ONLY_DEPENDS_ON_DOMAIN.check(production);
    }

    @Test
    void adaptersAreIndependentOfEachOther() {
        ArchitectureRules.ADAPTERS_INDEPENDENT_OF_EACH_OTHER.check(production);
    }

    @Test
    void onlyBootstrapDependsOnAdapters() {
        ArchitectureRules.ONLY_BOOTSTRAP_DEPENDS_ON_ADAPTERS.check(production);
    }

    @Test
    void portsAreFreeOfAdapterAndFrameworkTypes() {
        ArchitectureRules.PORTS_FREE_OF_ADAPTER_AND_FRAMEWORK_TYPES.check(production);
    }
}
