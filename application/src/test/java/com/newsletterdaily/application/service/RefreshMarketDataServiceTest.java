package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.out.CryptoMarketSource;
import com.newsletterdaily.application.port.out.PriceHistorySource;
import com.newsletterdaily.application.port.out.QuoteSource;
import com.newsletterdaily.application.port.out.SentimentSource;
import com.newsletterdaily.application.port.out.SourceFailure;
import com.newsletterdaily.application.testing.FakeMarketSource;
import com.newsletterdaily.application.testing.InMemoryDistributedLock;
import com.newsletterdaily.application.testing.InMemoryMarketDataRepository;
import com.newsletterdaily.application.testing.InMemorySourceStatusRepository;
import com.newsletterdaily.application.testing.MutableClock;
import com.newsletterdaily.domain.market.AssetClass;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.Provenance;
import com.newsletterdaily.domain.market.Quote;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static com.newsletterdaily.application.testing.MarketTestData.instrument;
import static org.assertj.core.api.Assertions.assertThat;

class RefreshMarketDataServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-02T20:00:00Z");
    private static final Instrument ASX = instrument("^AXJO", AssetClass.INDEX);
    private static final Instrument CBA = instrument("CBA.AX", AssetClass.EQUITY);
    private static final Instrument BHP = instrument("BHP.AX", AssetClass.EQUITY);
    private static final Instrument AUDUSD = instrument("AUDUSD=X", AssetClass.FX);
    private static final Instrument GOLD = instrument("GC=F", AssetClass.COMMODITY);
    private static final Instrument BITCOIN = instrument("bitcoin", AssetClass.CRYPTO);
    private static final List<Instrument> NON_CRYPTO = List.of(ASX, CBA, BHP, AUDUSD, GOLD);
    private static final List<Instrument> ALL = List.of(ASX, CBA, BHP, AUDUSD, GOLD, BITCOIN);
    private static final ResilienceSettings NO_RETRIES = new ResilienceSettings(Duration.ofSeconds(1),
            new RetryPolicy(1, Duration.ZERO, Duration.ZERO), 100, Duration.ofSeconds(60));

    private final MutableClock clock = new MutableClock(NOW);
    private final FakeMarketSource primary = new FakeMarketSource("primary", clock);
    private final FakeMarketSource backup = new FakeMarketSource("backup", clock);
    private final InMemoryMarketDataRepository marketData = new InMemoryMarketDataRepository();
    private final InMemorySourceStatusRepository statuses = new InMemorySourceStatusRepository();
    private final InMemoryDistributedLock lock = new InMemoryDistributedLock();
    private final MarketUniverse universe = new MarketUniverse(List.of(ASX), List.of(CBA), List.of(CBA, BHP),
            List.of(AUDUSD), List.of(GOLD), List.of(BITCOIN));
    private final RefreshMarketDataService service = new RefreshMarketDataService(universe, sources(), marketData,
            statuses, lock, clock);

    @Test
    void givenEverySourceAnswers_refresh_storesEverythingFreshFromTheFirstSource() {
        var report = service.refresh();

        assertThat(report.statusByKind()).containsOnly(Map.entry("quotes", DataStatus.FRESH),
                Map.entry("crypto", DataStatus.FRESH), Map.entry("history", DataStatus.FRESH),
                Map.entry("crypto-market", DataStatus.FRESH), Map.entry("fear-greed", DataStatus.FRESH));
        assertThat(report.quotesStored()).isEqualTo(6);
        assertThat(report.historiesStored()).isEqualTo(6);
        assertThat(report.failures()).isEmpty();
        assertThat(marketData.latestQuotes(ALL)).hasSize(6).allSatisfy(q -> {
            assertThat(q.provenance().source()).isEqualTo("primary");
            assertThat(q.provenance().status()).isEqualTo(DataStatus.FRESH);
        });
        assertThat(marketData.history(CBA.symbol(), 100)).get().satisfies(h -> {
            assertThat(h.points()).hasSize(30);
            assertThat(h.provenance()).isEqualTo(new Provenance("primary", NOW, NOW, DataStatus.FRESH));
        });
        assertThat(marketData.latestCryptoMarket()).get().satisfies(m ->
                assertThat(m.provenance().status()).isEqualTo(DataStatus.FRESH));
        assertThat(marketData.latestFearGreed()).get().satisfies(f -> assertThat(f.value()).isEqualTo(42));
        assertThat(backup.calls()).isZero();
    }

    @Test
    void givenFirstSourceDown_refresh_storesTheSecondSourcesValuesMarkedFallback() {
        primary.failing("quotes", "crypto", "history", "crypto-market", "fear-greed");

        var report = service.refresh();

        assertThat(report.statusByKind()).hasSize(5).containsValues(DataStatus.FALLBACK).doesNotContainValue(
                DataStatus.FRESH);
        assertThat(marketData.latestQuotes(ALL)).hasSize(6).allSatisfy(q -> {
            assertThat(q.provenance().source()).isEqualTo("backup");
            assertThat(q.provenance().status()).isEqualTo(DataStatus.FALLBACK);
        });
        assertThat(ALL).allSatisfy(i -> assertThat(marketData.history(i.symbol(), 100).orElseThrow().provenance())
                .isEqualTo(new Provenance("backup", NOW, NOW, DataStatus.FALLBACK)));
        assertThat(marketData.latestCryptoMarket().orElseThrow().provenance().status()).isEqualTo(DataStatus.FALLBACK);
        assertThat(marketData.latestFearGreed().orElseThrow().provenance().status()).isEqualTo(DataStatus.FALLBACK);
        assertThat(report.failures()).hasSize(2 + 6 + 2).allSatisfy(f -> {
            assertThat(f.source()).isEqualTo("primary");
            assertThat(f.at()).isEqualTo(NOW);
        });
        assertThat(statuses.recentFailures(100)).containsExactlyInAnyOrderElementsOf(report.failures());
    }

    @Test
    void givenEverySourceOfOneKindFails_refresh_keepsItsStoredValuesMarkedStaleAndStoresTheOthers() {
        service.refresh();
        clock.advance(Duration.ofHours(1));
        primary.priced("105").failing("quotes");
        backup.priced("105").failing("quotes");

        var report = service.refresh();

        assertThat(report.statusByKind()).containsEntry("quotes", DataStatus.STALE)
                .containsEntry("crypto", DataStatus.FRESH).containsEntry("history", DataStatus.FRESH);
        assertThat(report.failures()).extracting(SourceFailure::source, SourceFailure::kind, SourceFailure::reason)
                .containsExactly(Tuple.tuple("primary", "quotes", "HTTP 503 for quotes"),
                        Tuple.tuple("backup", "quotes", "HTTP 503 for quotes"));
        assertThat(statuses.recentFailures(10)).hasSize(2);
        assertThat(marketData.latestQuotes(NON_CRYPTO)).hasSize(5).allSatisfy(q -> {
            assertThat(q.price()).isEqualByComparingTo("101");
            assertThat(q.provenance().asOf()).isEqualTo(NOW);
            assertThat(q.provenance().fetchedAt()).isEqualTo(NOW);
            assertThat(q.provenance().status()).isEqualTo(DataStatus.STALE);
        });
        assertThat(marketData.latestQuotes(List.of(BITCOIN))).singleElement().extracting(Quote::price)
                .isEqualTo(new BigDecimal("105"));
    }

    @Test
    void givenAnswerMissingAnInstrument_refresh_keepsThatInstrumentsStoredQuote() {
        service.refresh();
        clock.advance(Duration.ofHours(1));
        primary.priced("107").notCovering(GOLD);

        var report = service.refresh();

        assertThat(report.statusByKind()).containsEntry("quotes", DataStatus.FRESH);
        assertThat(marketData.latestQuotes(List.of(ASX, GOLD))).extracting(q -> q.price().toPlainString())
                .containsExactly("107", "101");
        assertThat(marketData.latestQuotes(List.of(ASX, GOLD))).extracting(q -> q.provenance().status())
                .containsExactly(DataStatus.FRESH, DataStatus.STALE);
    }

    @Test
    void givenCryptoMarketAndSentimentSourcesAllFailing_refresh_marksTheirStoredValuesStale() {
        service.refresh();
        clock.advance(Duration.ofHours(1));
        primary.failing("crypto-market").failing("fear-greed");
        backup.failing("crypto-market").failing("fear-greed");

        var report = service.refresh();

        assertThat(report.statusByKind()).containsEntry("crypto-market", DataStatus.STALE)
                .containsEntry("fear-greed", DataStatus.STALE);
        assertThat(marketData.latestCryptoMarket()).hasValueSatisfying(m -> {
            assertThat(m.provenance().status()).isEqualTo(DataStatus.STALE);
            assertThat(m.provenance().asOf()).isEqualTo(NOW);
        });
        assertThat(marketData.latestFearGreed()).hasValueSatisfying(
                f -> assertThat(f.provenance().status()).isEqualTo(DataStatus.STALE));
    }

    @Test
    void givenRefreshRunTwice_refresh_leavesTheSameStoredState() {
        service.refresh();
        var once = storedState();

        service.refresh();

        assertThat(storedState()).isEqualTo(once);
        assertThat(marketData.history(CBA.symbol(), 100).orElseThrow().points()).hasSize(30);
    }

    @Test
    void givenAnotherInstanceRefreshing_refresh_doesNothingAndSaysSo() {
        lock.holdElsewhere("market-refresh");

        var report = service.refresh();

        assertThat(report.statusByKind()).isEmpty();
        assertThat(report.failures()).isEmpty();
        assertThat(primary.calls()).isZero();
        assertThat(marketData.latestQuotes(ALL)).isEmpty();
    }

    @Test
    void givenUniverseWithoutCrypto_refresh_skipsTheCryptoQuotes() {
        var noCrypto = new MarketUniverse(List.of(ASX), List.of(), List.of(), List.of(), List.of(), List.of());
        var report = new RefreshMarketDataService(noCrypto, sources(), marketData, statuses, lock, clock).refresh();

        assertThat(report.statusByKind()).doesNotContainKey("crypto").containsKey("quotes");
        assertThat(report.quotesStored()).isEqualTo(1);
    }

    private List<Object> storedState() {
        return List.of(marketData.latestQuotes(ALL),
                ALL.stream().map(i -> marketData.history(i.symbol(), 100)).toList(),
                marketData.latestCryptoMarket(), marketData.latestFearGreed());
    }

    private MarketSources sources() {
        return new MarketSources(
                this.<QuoteSource>chain(MarketSources.QUOTES, QuoteSource::name),
                this.<QuoteSource>chain(MarketSources.CRYPTO, QuoteSource::name),
                this.<PriceHistorySource>chain(MarketSources.HISTORY, PriceHistorySource::name),
                this.<CryptoMarketSource>chain(MarketSources.CRYPTO_MARKET, CryptoMarketSource::name),
                this.<SentimentSource>chain(MarketSources.FEAR_GREED, SentimentSource::name));
    }

    /** The primary source first, the backup second, without retries or waits. */
    @SuppressWarnings("unchecked")
    private <S> SourceChain<S> chain(String kind, Function<S, String> name) {
        return new SourceChain<>(kind, List.of((S) primary, (S) backup), name, NO_RETRIES, clock, new Random(1),
                d -> { });
    }
}
