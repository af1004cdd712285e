package com.newsletterdaily.architecture;

import com.newsletterdaily.adapters.http.archfixture.HttpServiceUsingPostgres;
import com.newsletterdaily.adapters.postgres.archfixture.PostgresFixtureRepository;
import com.newsletterdaily.application.port.in.archfixture.clean.FindEditionUseCase;
import com.newsletterdaily.application.port.in.archfixture.generic.StatusQuery;
import com.newsletterdaily.application.port.out.archfixture.adaptertype.RepositoryDirectory;
import com.newsletterdaily.application.port.out.archfixture.parameter.StatusReporter;
import com.newsletterdaily.application.port.out.archfixture.returntype.JsonSource;
import com.newsletterdaily.application.port.out.archfixture.thrown.SqlRunner;
import com.newsletterdaily.application.port.out.archfixture.typebound.BoundedReader;
import com.newsletterdaily.application.service.archfixture.adapter.ServiceUsingPostgresAdapter;
import com.newsletterdaily.application.service.archfixture.framework.ServiceUsingObjectMapper;
import com.newsletterdaily.bootstrap.archfixture.FixtureWiring;
import com.newsletterdaily.domain.content.archfixture.cycle.CyclicArticle;
import com.newsletterdaily.domain.content.archfixture.direction.ArticleOfEdition;
import com.newsletterdaily.domain.content.archfixture.helidon.ArticleWithHttpStatus;
import com.newsletterdaily.domain.market.archfixture.cycle.CyclicQuote;
import com.newsletterdaily.domain.market.archfixture.direction.QuoteOfEdition;
import com.newsletterdaily.domain.market.archfixture.sql.QuoteRow;
import com.newsletterdaily.domain.newsletter.archfixture.allowed.EditionDigest;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proves each architecture rule fails on a deliberate violation: fixture classes in the test tree, placed in
 * the packages a rule guards ({@code ..archfixture..}), imported on their own and never with production code.
 */
class ArchitectureRulesViolationTest {

    @Test
    void givenDomainClassWithJdbcType_domainOnlyDependsOnJava_fails() {
        assertViolation(ArchitectureRules.DOMAIN_ONLY_DEPENDS_ON_JAVA, QuoteRow.class)
                .hasMessageContaining("java.sql.Timestamp");
    }

    @Test
    void givenDomainClassWithHelidonType_domainOnlyDependsOnJava_fails() {
        assertViolation(ArchitectureRules.DOMAIN_ONLY_DEPENDS_ON_JAVA, ArticleWithHttpStatus.class)
                .hasMessageContaining("io.helidon.http.Status");
    }

    @Test
    void givenMarketDependingOnNewsletter_marketDependsOnNoOtherDomainModule_fails() {
        assertViolation(ArchitectureRules.MARKET_DEPENDS_ON_NO_OTHER_DOMAIN_MODULE, QuoteOfEdition.class)
                .hasMessageContaining("com.newsletterdaily.domain.newsletter.Edition");
    }

    @Test
    void givenMarketDependingOnContent_marketDependsOnNoOtherDomainModule_fails() {
        assertViolation(ArchitectureRules.MARKET_DEPENDS_ON_NO_OTHER_DOMAIN_MODULE, CyclicQuote.class)
                .hasMessageContaining(CyclicArticle.class.getName());
    }

    @Test
    void givenContentDependingOnNewsletter_contentDependsOnlyOnMarket_fails() {
        assertViolation(ArchitectureRules.CONTENT_DEPENDS_ONLY_ON_MARKET, ArticleOfEdition.class)
                .hasMessageContaining("com.newsletterdaily.domain.newsletter.Edition");
    }

    @Test
    void givenNewsletterUsingMarketAndContent_domainDirectionRules_pass() {
        var classes = new ClassFileImporter().importClasses(EditionDigest.class);

        assertThatCode(() -> {
            ArchitectureRules.NEWSLETTER_DEPENDS_ONLY_ON_MARKET_AND_CONTENT.check(classes);
            ArchitectureRules.DOMAIN_ONLY_DEPENDS_ON_JAVA.check(classes);
        }).doesNotThrowAnyException();
    }

    @Test
    void givenMarketAndContentDependingOnEachOther_domainModulesFreeOfCycles_fails() {
        assertViolation(ArchitectureRules.DOMAIN_MODULES_FREE_OF_CYCLES, CyclicQuote.class, CyclicArticle.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining(CyclicArticle.class.getName());
    }

    @Test
    void givenServiceUsingAdapterClass_applicationOnlyDependsOnDomain_fails() {
        assertViolation(ArchitectureRules.APPLICATION_ONLY_DEPENDS_ON_DOMAIN, ServiceUsingPostgresAdapter.class)
                .hasMessageContaining(PostgresFixtureRepository.class.getName());
    }

    @Test
    void givenServiceUsingJackson_applicationOnlyDependsOnDomain_fails() {
        assertViolation(ArchitectureRules.APPLICATION_ONLY_DEPENDS_ON_DOMAIN, ServiceUsingObjectMapper.class)
                .hasMessageContaining("com.fasterxml.jackson.databind.ObjectMapper");
    }

    @Test
    void givenHttpAdapterUsingPostgresAdapter_adaptersIndependentOfEachOther_fails() {
        assertViolation(ArchitectureRules.ADAPTERS_INDEPENDENT_OF_EACH_OTHER,
                HttpServiceUsingPostgres.class, PostgresFixtureRepository.class)
                .hasMessageContaining(PostgresFixtureRepository.class.getName());
    }

    @Test
    void givenServiceUsingAdapter_onlyBootstrapDependsOnAdapters_failsForTheServiceOnly() {
        assertViolation(ArchitectureRules.ONLY_BOOTSTRAP_DEPENDS_ON_ADAPTERS, ServiceUsingPostgresAdapter.class,
                FixtureWiring.class, HttpServiceUsingPostgres.class, PostgresFixtureRepository.class)
                .hasMessageContaining(PostgresFixtureRepository.class.getName())
                .hasMessageNotContaining(FixtureWiring.class.getName())
                .hasMessageNotContaining(HttpServiceUsingPostgres.class.getName());
    }

    @Test
    void givenPortWithHelidonParameter_portsFreeOfAdapterAndFrameworkTypes_fails() {
        assertViolation(ArchitectureRules.PORTS_FREE_OF_ADAPTER_AND_FRAMEWORK_TYPES, StatusReporter.class)
                .hasMessageContaining("takes <io.helidon.http.Status>");
    }

    @Test
    void givenPortWithJacksonReturnType_portsFreeOfAdapterAndFrameworkTypes_fails() {
        assertViolation(ArchitectureRules.PORTS_FREE_OF_ADAPTER_AND_FRAMEWORK_TYPES, JsonSource.class)
                .hasMessageContaining("returns <com.fasterxml.jackson.databind.JsonNode>");
    }

    @Test
    void givenUseCaseWithHelidonTypeArgument_portsFreeOfAdapterAndFrameworkTypes_fails() {
        assertViolation(ArchitectureRules.PORTS_FREE_OF_ADAPTER_AND_FRAMEWORK_TYPES, StatusQuery.class)
                .hasMessageContaining("returns <io.helidon.http.Status>");
    }

    @Test
    void givenPortThrowingSqlException_portsFreeOfAdapterAndFrameworkTypes_fails() {
        assertViolation(ArchitectureRules.PORTS_FREE_OF_ADAPTER_AND_FRAMEWORK_TYPES, SqlRunner.class)
                .hasMessageContaining("throws <java.sql.SQLException>");
    }

    @Test
    void givenPortWithAdapterTypeInWildcard_portsFreeOfAdapterAndFrameworkTypes_fails() {
        assertViolation(ArchitectureRules.PORTS_FREE_OF_ADAPTER_AND_FRAMEWORK_TYPES, RepositoryDirectory.class)
                .hasMessageContaining("returns <" + PostgresFixtureRepository.class.getName() + ">");
    }

    @Test
    void givenPortWithJacksonTypeParameterBound_portsFreeOfAdapterAndFrameworkTypes_fails() {
        assertViolation(ArchitectureRules.PORTS_FREE_OF_ADAPTER_AND_FRAMEWORK_TYPES, BoundedReader.class)
                .hasMessageContaining("declares a type parameter bound <com.fasterxml.jackson.databind.JsonNode>");
    }

    @Test
    void givenUseCaseOfDomainAndJavaTypes_portsFreeOfAdapterAndFrameworkTypes_passes() {
        var classes = new ClassFileImporter().importClasses(FindEditionUseCase.class);

        assertThatCode(() -> ArchitectureRules.PORTS_FREE_OF_ADAPTER_AND_FRAMEWORK_TYPES.check(classes))
                .doesNotThrowAnyException();
    }

    /** Checks {@code rule} against the fixtures alone and expects it to name the first one in its failure. */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertViolation(ArchRule rule,
                                                                                   Class<?>... fixtures) {
        JavaClasses classes = new ClassFileImporter().importClasses(fixtures);
        return assertThatThrownBy(() -> rule.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(fixtures[0].getName());
    }
}
