package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.MarketDataRepository;
import com.newsletterdaily.domain.market.CryptoMarket;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.FearGreedIndex;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.PricePoint;
import com.newsletterdaily.domain.market.PriceHistory;
import com.newsletterdaily.domain.market.Provenance;
import com.newsletterdaily.domain.market.Quote;
import com.newsletterdaily.domain.market.Symbol;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Market data in maps, for service tests; it passes the same contract as the PostgreSQL one. */
public final class InMemoryMarketDataRepository implements MarketDataRepository {

    private final Map<Symbol, Quote> quotes = new ConcurrentHashMap<>();
    private final Map<Symbol, TreeMap<LocalDate, StoredClose>> histories = new ConcurrentHashMap<>();
    private volatile CryptoMarket cryptoMarket;
    private volatile FearGreedIndex fearGreed;

    @Override
    public synchronized void saveQuotes(List<Quote> batch) {
        for (Quote quote : batch) {
            quotes.merge(quote.instrument().symbol(), quote, (stored, fresh) ->
                    stored.provenance().asOf().isAfter(fresh.provenance().asOf()) ? stored : fresh);
        }
    }

    @Override
    public List<Quote> latestQuotes(List<Instrument> instruments) {
        return instruments.stream()
                .map(i -> Optional.ofNullable(quotes.get(i.symbol()))
                        .map(q -> new Quote(i, q.price(), q.previousClose(), q.currency(), q.provenance())))
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public synchronized void saveHistory(PriceHistory history) {
        var closes = histories.computeIfAbsent(history.symbol(), s -> new TreeMap<>());
        history.points().forEach(p -> closes.merge(p.date(), new StoredClose(p, history.provenance()),
                (stored, fresh) -> stored.provenance().status() == DataStatus.FRESH
                        && fresh.provenance().status() != DataStatus.FRESH ? stored : fresh));
    }

    @Override
    public synchronized Optional<PriceHistory> history(Symbol symbol, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        var all = new ArrayList<>(histories.getOrDefault(symbol, new TreeMap<>()).values());
        var last = all.subList(Math.max(0, all.size() - days), all.size());
        return last.stream()
                .max(Comparator.comparing((StoredClose c) -> c.provenance().fetchedAt())
                        .thenComparing(c -> c.point().date()))
                .map(latest -> new PriceHistory(symbol, last.stream().map(StoredClose::point).toList(),
                        latest.provenance()));
    }

    @Override
    public synchronized void saveCryptoMarket(CryptoMarket market) {
        Objects.requireNonNull(market);
        if (cryptoMarket == null || !cryptoMarket.provenance().asOf().isAfter(market.provenance().asOf())) {
            cryptoMarket = market;
        }
    }

    @Override
    public Optional<CryptoMarket> latestCryptoMarket() {
        return Optional.ofNullable(cryptoMarket);
    }

    @Override
    public synchronized void saveFearGreed(FearGreedIndex index) {
        Objects.requireNonNull(index);
        if (fearGreed == null || !fearGreed.provenance().asOf().isAfter(index.provenance().asOf())) {
            fearGreed = index;
        }
    }

    @Override
    public Optional<FearGreedIndex> latestFearGreed() {
        return Optional.ofNullable(fearGreed);
    }

    private record StoredClose(PricePoint point, Provenance provenance) { }
}
