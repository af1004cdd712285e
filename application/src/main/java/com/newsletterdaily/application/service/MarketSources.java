package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.out.CryptoMarketSource;
import com.newsletterdaily.application.port.out.PriceHistorySource;
import com.newsletterdaily.application.port.out.QuoteSource;
import com.newsletterdaily.application.port.out.SentimentSource;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** The source chain of each kind of market data a refresh reads. */
public record MarketSources(SourceChain<QuoteSource> quotes, SourceChain<QuoteSource> crypto,
                            SourceChain<PriceHistorySource> history, SourceChain<CryptoMarketSource> cryptoMarket,
                            SourceChain<SentimentSource> fearGreed) {

    public static final String QUOTES = "quotes";
    public static final String CRYPTO = "crypto";
    public static final String HISTORY = "history";
    public static final String CRYPTO_MARKET = "crypto-market";
    public static final String FEAR_GREED = "fear-greed";

    public MarketSources {
        Objects.requireNonNull(quotes, "quotes");
        Objects.requireNonNull(crypto, "crypto");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(cryptoMarket, "cryptoMarket");
        Objects.requireNonNull(fearGreed, "fearGreed");
        requireKind(quotes, QUOTES);
        requireKind(crypto, CRYPTO);
        requireKind(history, HISTORY);
        requireKind(cryptoMarket, CRYPTO_MARKET);
        requireKind(fearGreed, FEAR_GREED);
    }

    /** Chains over the given sources, each list in order of preference, all guarded with the same settings. */
    public static MarketSources of(List<QuoteSource> quotes, List<QuoteSource> crypto,
                                   List<PriceHistorySource> history, List<CryptoMarketSource> cryptoMarket,
                                   List<SentimentSource> fearGreed, ResilienceSettings settings, Clock clock) {
        return new MarketSources(
                new SourceChain<>(QUOTES, quotes, QuoteSource::name, settings, clock),
                new SourceChain<>(CRYPTO, crypto, QuoteSource::name, settings, clock),
                new SourceChain<>(HISTORY, history, PriceHistorySource::name, settings, clock),
                new SourceChain<>(CRYPTO_MARKET, cryptoMarket, CryptoMarketSource::name, settings, clock),
                new SourceChain<>(FEAR_GREED, fearGreed, SentimentSource::name, settings, clock));
    }

    private static void requireKind(SourceChain<?> chain, String kind) {
        if (!chain.kind().equals(kind)) {
            throw new IllegalArgumentException("expected the " + kind + " chain, got " + chain.kind());
        }
    }
}
