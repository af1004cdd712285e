package com.newsletterdaily.adapters.feeds;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsletterdaily.application.port.out.CryptoMarketSource;
import com.newsletterdaily.application.port.out.PriceHistorySource;
import com.newsletterdaily.application.port.out.QuoteSource;
import com.newsletterdaily.application.port.out.SentimentSource;
import com.newsletterdaily.application.port.out.SourceException;
import com.newsletterdaily.domain.market.AssetClass;
import com.newsletterdaily.domain.market.CryptoMarket;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.FearGreedIndex;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.PriceHistory;
import com.newsletterdaily.domain.market.Provenance;
import com.newsletterdaily.domain.market.Quote;
import com.newsletterdaily.domain.market.Symbol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Market data from a snapshot bundled with the service, so an edition can be written without network: quotes,
 * generated daily closes ({@link OfflineHistory}), the crypto market and the fear and greed index. Like every source it
 * reports its data as fresh, with the snapshot's own as-of time; the application decides what is stale.
 */
public final class OfflineSnapshotSource implements QuoteSource, PriceHistorySource, CryptoMarketSource,
        SentimentSource {

    public static final String NAME = "offline-snapshot";
    static final String DEFAULT_RESOURCE = "/offline/market-snapshot.json";

    private final Snapshot snapshot;
    private final Instant asOf;
    private final Map<Symbol, SnapshotQuote> bySymbol;
    private final Clock clock;

    private OfflineSnapshotSource(Snapshot snapshot, Clock clock) {
        this.snapshot = snapshot;
        this.asOf = Instant.parse(snapshot.asOf());
        this.bySymbol = snapshot.quotes().stream()
                .collect(Collectors.toUnmodifiableMap(q -> Symbol.of(q.symbol()), Function.identity()));
        this.clock = clock;
    }

    /** The snapshot bundled in this module. */
    public static OfflineSnapshotSource bundled(Clock clock) {
        return fromResource(DEFAULT_RESOURCE, clock);
    }

    static OfflineSnapshotSource fromResource(String resource, Clock clock) {
        try (InputStream in = OfflineSnapshotSource.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, () -> "no offline snapshot at " + resource);
            var mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            return new OfflineSnapshotSource(mapper.readValue(in, Snapshot.class), clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the offline snapshot " + resource, e);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Quote> quotes(List<Instrument> instruments) {
        var provenance = provenance();
        return instruments.stream()
                .filter(i -> bySymbol.containsKey(i.symbol()))
                .map(i -> {
                    var q = bySymbol.get(i.symbol());
                    return new Quote(i, q.price(), q.previousClose(), q.currency(), provenance);
                })
                .toList();
    }

    @Override
    public PriceHistory history(Instrument instrument, int days) {
        if (days <= 0) {
            throw new IllegalArgumentException("days must be positive: " + days);
        }
        var q = bySymbol.get(instrument.symbol());
        if (q == null) {
            throw new SourceException(NAME, "no offline data for " + instrument.symbol(), false);
        }
        boolean crypto = instrument.assetClass() == AssetClass.CRYPTO;
        return OfflineHistory.walk(instrument.symbol(), asOf.atZone(ZoneOffset.UTC).toLocalDate(), q.price(),
                q.previousClose(), days, crypto, crypto ? 0.03 : 0.012, provenance());
    }

    @Override
    public CryptoMarket cryptoMarket() {
        var market = snapshot.cryptoMarket();
        return new CryptoMarket(market.totalMarketCapUsd(), market.marketCapChange24hPercent(), provenance());
    }

    @Override
    public FearGreedIndex fearGreed() {
        var index = snapshot.fearGreed();
        return new FearGreedIndex(index.value(), index.classification(), provenance());
    }

    private Provenance provenance() {
        return new Provenance(NAME, asOf, clock.instant(), DataStatus.FRESH);
    }

    record Snapshot(String asOf, List<SnapshotQuote> quotes, SnapshotCryptoMarket cryptoMarket,
                    SnapshotFearGreed fearGreed) {
    }

    record SnapshotQuote(String symbol, BigDecimal price, BigDecimal previousClose, String currency) {
    }

    record SnapshotCryptoMarket(BigDecimal totalMarketCapUsd, BigDecimal marketCapChange24hPercent) {
    }

    record SnapshotFearGreed(int value, String classification) {
    }
}
