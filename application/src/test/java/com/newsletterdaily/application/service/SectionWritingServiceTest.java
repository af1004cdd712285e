package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.out.Cache;
import com.newsletterdaily.application.port.out.ModelCall;
import com.newsletterdaily.application.port.out.ModelException.Kind;
import com.newsletterdaily.application.port.out.SectionRequest;
import com.newsletterdaily.application.testing.FakeLanguageModel;
import com.newsletterdaily.application.testing.InMemoryCache;
import com.newsletterdaily.application.testing.InMemoryCostLedger;
import com.newsletterdaily.application.testing.MutableClock;
import com.newsletterdaily.application.testing.RecordingBudgetAlerts;
import com.newsletterdaily.domain.market.AssetClass;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.Provenance;
import com.newsletterdaily.domain.market.Quote;
import com.newsletterdaily.domain.market.Symbol;
import com.newsletterdaily.domain.newsletter.Section;
import com.newsletterdaily.domain.newsletter.SectionKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SectionWritingServiceTest {

    static final Instant NOW = Instant.parse("2026-12-02T20:30:00Z");
    static final LocalDate DATE = LocalDate.of(2026, 12, 3);
    static final Instrument ASX = new Instrument(Symbol.of("^AXJO"), "S&P/ASX 200", AssetClass.INDEX);
    static final Quote ASX_UP = new Quote(ASX, new BigDecimal("8412.30"), new BigDecimal("8374.60"), "AUD",
            new Provenance("test", NOW, NOW, DataStatus.FRESH));
    static final SectionRequest REQUEST = new SectionRequest(SectionKind.MARKET_OVERVIEW, DATE, List.of(ASX_UP));

    final FakeLanguageModel openai = new FakeLanguageModel("openai");
    final FakeLanguageModel anthropic = new FakeLanguageModel("anthropic");
    final FakeLanguageModel ollama = new FakeLanguageModel("ollama");
    final FakeLanguageModel gemini = new FakeLanguageModel("gemini");
    final FakeLanguageModel offline = FakeLanguageModel.offline();
    final MutableClock clock = new MutableClock(NOW);
    final InMemoryCache cache = new InMemoryCache(clock);
    final InMemoryCostLedger ledger = new InMemoryCostLedger();
    final RecordingBudgetAlerts alerts = new RecordingBudgetAlerts();
    final List<Duration> waits = new ArrayList<>();

    /** openai and anthropic cost 1.00 / 4.00 USD per million tokens (0.000300 per fake call); ollama is free. */
    WritingSettings settings(String... chain) {
        var paidIn = new BigDecimal("1.00");
        var paidOut = new BigDecimal("4.00");
        return new WritingSettings(List.of(new ModelChoice(openai, paidIn, paidOut),
                new ModelChoice(anthropic, paidIn, paidOut), ModelChoice.free(ollama),
                new ModelChoice(gemini, paidIn, paidOut)), List.of(chain), Map.of(),
                new WritingSettings.Budgets(new BigDecimal("10.00"), new BigDecimal("100.00"), ZoneOffset.UTC),
                Duration.ofHours(12), "section-v1",
                new WritingSettings.Reliability(3, Duration.ofSeconds(30), 3, Duration.ofMinutes(5)));
    }

    SectionWritingService service(WritingSettings settings) {
        return service(settings, cache);
    }

    SectionWritingService service(WritingSettings settings, Cache cache) {
        return new SectionWritingService(settings, offline, cache, ledger, alerts, clock, waits::add);
    }

    @Test
    void givenOnlyTheChainChanged_write_getsTheSectionFromEachProviderInTurn() {
        var base = settings("openai", "anthropic");
        for (var provider : List.of("openai", "anthropic", "ollama", "gemini", "offline")) {
            var written = service(base.withChain(provider)).write(REQUEST);

            assertThat(written.usage().provider()).isEqualTo(provider);
            assertThat(written.usage().model()).isEqualTo(provider + "-model");
            assertThat(written.section().title()).isEqualTo("Market overview by " + provider);
            assertThat(written.section().factCheck().passed()).isTrue();
        }
        assertThat(List.of(openai, anthropic, ollama, gemini, offline)).allSatisfy(m -> assertThat(m.calls()).isOne());
    }

    @Test
    void givenPaidProvider_write_costsItsTokensAtItsPrices() {
        var written = service(settings("openai")).write(REQUEST);

        assertThat(written.usage().cost()).isEqualTo(new BigDecimal("0.000300"));
        assertThat(written.usage().inputTokens()).isEqualTo(100);
        assertThat(written.usage().cacheHit()).isFalse();
        assertThat(ledger.calls()).singleElement().satisfies(call -> {
            assertThat(call.provider()).isEqualTo("openai");
            assertThat(call.cost()).isEqualTo(new BigDecimal("0.000300"));
            assertThat(call.succeeded()).isTrue();
            assertThat(call.editionDate()).isEqualTo(DATE);
            assertThat(call.section()).isEqualTo(SectionKind.MARKET_OVERVIEW);
        });
    }

    @Test
    void givenProvidersFailingWith500TimeoutAnd401_write_fallsDownTheChain() {
        openai.alwaysFail(Kind.UNAVAILABLE);
        anthropic.alwaysFail(Kind.TIMEOUT);
        gemini.alwaysFail(Kind.AUTHENTICATION);

        var written = service(settings("openai", "anthropic", "gemini", "ollama")).write(REQUEST);

        assertThat(written.usage().provider()).isEqualTo("ollama");
        assertThat(openai.calls()).isEqualTo(3);
        assertThat(anthropic.calls()).isEqualTo(3);
        assertThat(gemini.calls()).as("401 is not retried").isOne();
        assertThat(ledger.calls()).filteredOn(call -> !call.succeeded()).hasSize(7)
                .allSatisfy(call -> assertThat(call.failure()).contains("scripted"));
    }

    @Test
    void givenEveryProviderFailing_write_endsWithTheOfflineWriter() {
        openai.alwaysFail(Kind.REJECTED);
        anthropic.alwaysFail(Kind.MALFORMED_OUTPUT);

        var written = service(settings("openai", "anthropic")).write(REQUEST);

        assertThat(written.usage().provider()).isEqualTo("offline");
        assertThat(written.usage().cost()).isEqualByComparingTo("0");
        assertThat(openai.calls() + anthropic.calls()).isEqualTo(2);
    }

    @Test
    void givenRateLimitedWithRetryAfter_write_waitsAsAskedCappedAndRetries() {
        openai.thenFail(Kind.RATE_LIMITED, Duration.ofSeconds(2)).thenFail(Kind.RATE_LIMITED, Duration.ofMinutes(5));

        var written = service(settings("openai", "anthropic")).write(REQUEST);

        assertThat(written.usage().provider()).isEqualTo("openai");
        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(30));
        assertThat(anthropic.calls()).isZero();
    }

    @Test
    void givenUnavailableWithoutRetryAfter_write_backsOffExponentiallyThenMovesOn() {
        openai.alwaysFail(Kind.UNAVAILABLE);

        var written = service(settings("openai", "anthropic")).write(REQUEST);

        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(written.usage().provider()).isEqualTo("anthropic");
    }

    @Test
    void givenProviderFailingRepeatedly_write_opensItsBreakerAndSkipsItUntilItMayTryAgain() {
        openai.alwaysFail(Kind.AUTHENTICATION);
        var service = service(settings("openai", "anthropic"));

        for (int i = 0; i < 5; i++) {
            assertThat(service.write(REQUEST).usage().provider()).isEqualTo("anthropic");
        }
        assertThat(openai.calls()).as("threshold 3, then open").isEqualTo(3);

        clock.advance(Duration.ofMinutes(5));
        service.write(REQUEST);
        assertThat(openai.calls()).as("one trial call when half-open").isEqualTo(4);
    }

    @Test
    void givenSectionCached_write_servesItFreeRecordsAHitAndSkipsTheModel() {
        var service = service(settings("openai"));
        var first = service.write(REQUEST);

        var second = service.write(REQUEST);

        assertThat(openai.calls()).isOne();
        assertThat(second.section()).isEqualTo(first.section());
        assertThat(second.usage().cacheHit()).isTrue();
        assertThat(second.usage().cost()).isEqualByComparingTo("0");
        assertThat(ledger.calls()).last().satisfies(call -> {
            assertThat(call.cacheHit()).isTrue();
            assertThat(call.cost()).isEqualByComparingTo("0");
            assertThat(call.provider()).isEqualTo("openai");
        });
        assertThat(ledger.spentOnEdition(DATE)).isEqualTo(new BigDecimal("0.000300"));
    }

    @Test
    void givenOtherEditionDateOrProvider_write_missesTheCache() {
        var service = service(settings("openai"));
        service.write(REQUEST);

        service.write(new SectionRequest(SectionKind.MARKET_OVERVIEW, DATE.plusDays(1), List.of(ASX_UP)));
        service(settings("anthropic")).write(REQUEST);

        assertThat(openai.calls()).isEqualTo(2);
        assertThat(anthropic.calls()).isOne();
    }

    @Test
    void givenCacheDown_write_stillWritesUncached() {
        Cache broken = new Cache() {
            @Override
            public Optional<String> get(String key) {
                throw new IllegalStateException("redis down");
            }

            @Override
            public void put(String key, String value, Duration ttl) {
                throw new IllegalStateException("redis down");
            }

            @Override
            public void evict(String key) {
                throw new IllegalStateException("redis down");
            }
        };
        var service = service(settings("openai"), broken);

        service.write(REQUEST);
        var written = service.write(REQUEST);

        assertThat(written.usage().provider()).isEqualTo("openai");
        assertThat(written.usage().cacheHit()).isFalse();
        assertThat(openai.calls()).isEqualTo(2);
    }

    @Test
    void givenCorruptCacheEntry_write_callsTheModel() {
        var service = service(settings("openai"));
        service.write(REQUEST);
        var key = new SectionCache(cache, Duration.ofHours(1), "section-v1").key(
                new ModelChoice(openai, BigDecimal.ONE, BigDecimal.ONE), REQUEST);
        cache.put(key, "not a section", Duration.ofHours(1));

        var written = service.write(REQUEST);

        assertThat(written.usage().cacheHit()).isFalse();
        assertThat(openai.calls()).isEqualTo(2);
    }

    @Test
    void givenProviderInventingANumberOnce_write_regeneratesAndKeepsTheCorrectedSection() {
        var inventedFirst = new boolean[]{true};
        openai.writing(request -> {
            if (inventedFirst[0]) {
                inventedFirst[0] = false;
                return withBody(request, "S&P/ASX 200 rose 9.99%.");
            }
            return FakeLanguageModel.factual(request, "Corrected");
        });

        var written = service(settings("openai", "anthropic")).write(REQUEST);

        assertThat(openai.calls()).isEqualTo(2);
        assertThat(written.usage().provider()).isEqualTo("openai");
        assertThat(written.section().title()).isEqualTo("Corrected");
        assertThat(written.section().factCheck().passed()).isTrue();
        assertThat(ledger.calls()).extracting(ModelCall::succeeded).containsExactly(false, true);
        assertThat(ledger.calls().getFirst().failure()).contains("9.99%");
    }

    @Test
    void givenProviderInventingANumberTwice_write_replacesTheSectionWithTheOfflineWritersWithoutTryingOthers() {
        openai.writing(request -> withBody(request, "S&P/ASX 200 rose 9.99%."));

        var written = service(settings("openai", "anthropic")).write(REQUEST);

        assertThat(openai.calls()).isEqualTo(2);
        assertThat(anthropic.calls()).isZero();
        assertThat(written.usage().provider()).isEqualTo("offline");
        assertThat(written.section().title()).isEqualTo("Market overview by offline");
        assertThat(written.section().factCheck().passed()).isTrue();
        assertThat(written.section().factCheck().checked()).isNotEmpty();
        assertThat(cache.get(new SectionCache(cache, Duration.ofHours(1), "section-v1").key(
                new ModelChoice(openai, BigDecimal.ONE, BigDecimal.ONE), REQUEST))).as("nothing wrong cached").isEmpty();
    }

    @Test
    void givenOfflineWriterFailingItsCheck_write_keepsItWithTheFailedVerdict() {
        offline.writing(request -> withBody(request, "S&P/ASX 200 fell 0.45%."));

        var written = service(settings()).write(REQUEST);

        assertThat(written.usage().provider()).isEqualTo("offline");
        assertThat(written.section().factCheck().passed()).isFalse();
        assertThat(written.section().factCheck().mismatches()).isNotEmpty()
                .allSatisfy(mismatch -> assertThat(mismatch).contains("'fell' contradicts"));
        assertThat(ledger.calls()).singleElement().satisfies(call -> assertThat(call.succeeded()).isFalse());
    }

    @Test
    void givenRecommendationPhrasing_write_regeneratesThenUsesTheOfflineWriter() {
        openai.writing(request -> withBody(request, "S&P/ASX 200 rose 0.45%. Investors should buy the dip now."));

        var written = service(settings("openai")).write(REQUEST);

        assertThat(openai.calls()).isEqualTo(2);
        assertThat(written.usage().provider()).isEqualTo("offline");
        assertThat(ledger.calls()).filteredOn(call -> call.provider().equals("openai"))
                .allSatisfy(call -> assertThat(call.failure()).contains("investment advice"));
    }

    @Test
    void givenChainForTheSectionKind_write_usesItInsteadOfTheDefault() {
        var base = settings("openai");
        var settings = new WritingSettings(base.models(), base.chain(),
                Map.of(SectionKind.MARKET_OVERVIEW, List.of("gemini")), base.budgets(), base.cacheTtl(),
                base.promptVersion(), base.reliability());

        var written = service(settings).write(REQUEST);

        assertThat(written.usage().provider()).isEqualTo("gemini");
        assertThat(openai.calls()).isZero();
    }

    @Test
    void givenOfflineNamedFirst_write_stillTriesTheProvidersBeforeIt() {
        var written = service(settings("offline", "openai")).write(REQUEST);

        assertThat(written.usage().provider()).isEqualTo("openai");
    }

    @Test
    void givenUnknownProviderInTheChain_constructor_isRefused() {
        assertThatThrownBy(() -> service(settings("openai", "mistral")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mistral");
    }

    @Test
    void givenBudgetSpent_write_skipsPaidProvidersForTheFreeOne() {
        var base = settings("openai", "ollama");
        var tight = new WritingSettings(base.models(), base.chain(), Map.of(),
                new WritingSettings.Budgets(new BigDecimal("0.000300"), BigDecimal.TEN, ZoneOffset.UTC),
                base.cacheTtl(), base.promptVersion(), base.reliability());
        var service = service(tight);
        assertThat(service.write(REQUEST).usage().provider()).isEqualTo("openai");

        var written = service.write(new SectionRequest(SectionKind.MARKET_OVERVIEW, DATE.plusDays(1), List.of(ASX_UP)));

        assertThat(written.usage().provider()).isEqualTo("ollama");
        assertThat(openai.calls()).isOne();
        assertThat(alerts.alerts()).extracting(a -> a.period() + " " + a.percent())
                .containsExactly("daily 50", "daily 80", "daily 100");
    }

    @Test
    void givenZeroBudget_write_neverCallsAPaidProvider() {
        var base = settings("openai");
        var none = new WritingSettings(base.models(), base.chain(), Map.of(),
                new WritingSettings.Budgets(BigDecimal.ZERO, BigDecimal.ZERO, ZoneOffset.UTC),
                base.cacheTtl(), base.promptVersion(), base.reliability());

        var written = service(none).write(REQUEST);

        assertThat(written.usage().provider()).isEqualTo("offline");
        assertThat(openai.calls()).isZero();
        assertThat(alerts.alerts()).isEmpty();
    }

    static Section withBody(SectionRequest request, String body) {
        return new Section(request.kind(), "Invented", body, body, List.of());
    }
}
