package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.CryptoMarketSource;
import com.newsletterdaily.application.port.out.PriceHistorySource;
import com.newsletterdaily.application.port.out.QuoteSource;
import com.newsletterdaily.application.port.out.SentimentSource;
import com.newsletterdaily.application.port.out.SourceException;
import com.newsletterdaily.domain.market.AssetClass;
import com.newsletterdaily.domain.market.CryptoMarket;
import com.newsletterdaily.domain.market.FearGreedIndex;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.PriceHistory;
import com.newsletterdaily.domain.market.Quote;
import com.newsletterdaily.domain.market.Symbol;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A market-data source for service tests that serves every kind of data at the clock's time, at a price the test
 * sets, and fails the kinds ("quotes", "crypto", "history", "crypto-market", "fear-greed") the test breaks.
 */
public final class FakeMarketSource implements QuoteSource, PriceHistorySource, CryptoMarketSource, SentimentSource {

    private final String name;
    private final Clock clock;
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Set<Symbol> unknown = ConcurrentHashMap.newKeySet();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile String price = "101";

    public FakeMarketSource(String name, Clock clock) {
        this.name = name;
        this.clock = clock;
    }

    public FakeMarketSource failing(String... kinds) {
        failing.addAll(List.of(kinds));
        return this;
    }

    public FakeMarketSource healed() {
        failing.clear();
        return this;
    }

    /** Leaves the instrument out of quote answers, as a source that does not cover it. */
    public FakeMarketSource notCovering(Instrument instrument) {
        unknown.add(instrument.symbol());
        return this;
    }

    public FakeMarketSource priced(String price) {
        this.price = price;
        return this;
    }

    public int calls() {
        return calls.get();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Quote> quotes(List<Instrument> instruments) {
        answer(instruments.stream().anyMatch(i -> i.assetClass() == AssetClass.CRYPTO) ? "crypto" : "quotes");
        return instruments.stream().filter(i -> !unknown.contains(i.symbol()))
                .map(i -> MarketTestData.quote(i, price, name, clock.instant())).toList();
    }

    @Override
    public PriceHistory history(Instrument instrument, int days) {
        answer("history");
        return MarketTestData.history(instrument, days, 100, name, clock.instant());
    }

    @Override
    public CryptoMarket cryptoMarket() {
        answer("crypto-market");
        return MarketTestData.cryptoMarket("3100000000000", name, clock.instant());
    }

    @Override
    public FearGreedIndex fearGreed() {
        answer("fear-greed");
        return MarketTestData.fearGreed(42, name, clock.instant());
    }

    private void answer(String kind) {
        calls.incrementAndGet();
        if (failing.contains(kind)) {
            throw new SourceException(name, "HTTP 503 for " + kind, false);
        }
    }
}
