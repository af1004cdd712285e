package com.newsletterdaily.adapters.feeds;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsletterdaily.application.port.out.MarketDataSource;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.Provenance;
import com.newsletterdaily.domain.market.Quote;
import com.newsletterdaily.domain.market.Symbol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Market data from a snapshot bundled with the service, so an edition can be written without network. Every
 * quote it returns is marked {@link DataStatus#FALLBACK} with the snapshot's own as-of time.
 */
public final class OfflineSnapshotSource implements MarketDataSource {

    static final String DEFAULT_RESOURCE = "/offline/market-snapshot.json";

    private final Snapshot snapshot;
    private final Map<Symbol, SnapshotQuote> bySymbol;
    private final Clock clock;

    private OfflineSnapshotSource(Snapshot snapshot, Clock clock) {
        this.snapshot = snapshot;
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
    public List<Quote> quotes(List<Instrument> instruments) {
        var provenance = new Provenance(snapshot.source(), Instant.parse(snapshot.asOf()), clock.instant(),
                DataStatus.FALLBACK);
        return instruments.stream()
                .filter(i -> bySymbol.containsKey(i.symbol()))
                .map(i -> {
                    var q = bySymbol.get(i.symbol());
                    return new Quote(i, q.price(), q.previousClose(), q.currency(), provenance);
                })
                .toList();
    }

    record Snapshot(String source, String asOf, List<SnapshotQuote> quotes) {
    }

    record SnapshotQuote(String symbol, BigDecimal price, BigDecimal previousClose, String currency) {
    }
}
