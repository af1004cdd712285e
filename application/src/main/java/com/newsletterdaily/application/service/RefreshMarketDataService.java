package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.in.RefreshMarketDataUseCase;
import com.newsletterdaily.application.port.in.RefreshReport;
import com.newsletterdaily.application.port.out.DistributedLock;
import com.newsletterdaily.application.port.out.MarketDataRepository;
import com.newsletterdaily.application.port.out.PriceHistorySource;
import com.newsletterdaily.application.port.out.QuoteSource;
import com.newsletterdaily.application.port.out.SourceException;
import com.newsletterdaily.application.port.out.SourceFailure;
import com.newsletterdaily.application.port.out.SourceStatusRepository;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.PriceHistory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Refreshes each kind of market data from its source chain, the kinds side by side, and stores what arrives; values
 * from a later source are marked FALLBACK. A kind whose sources all fail keeps its stored values and is reported
 * STALE; instruments missing from an answer keep theirs. Saves are upserts, so running twice stores once.
 */
public final class RefreshMarketDataService implements RefreshMarketDataUseCase {

    /** How many histories are fetched at once. */
    static final int HISTORY_CONCURRENCY = 4;

    private final MarketUniverse universe;
    private final MarketSources sources;
    private final MarketDataRepository marketData;
    private final SourceStatusRepository statuses;
    private final DistributedLock lock;
    private final Clock clock;

    public RefreshMarketDataService(MarketUniverse universe, MarketSources sources, MarketDataRepository marketData,
                                    SourceStatusRepository statuses, DistributedLock lock, Clock clock) {
        this.universe = universe;
        this.sources = sources;
        this.marketData = marketData;
        this.statuses = statuses;
        this.lock = lock;
        this.clock = clock;
    }

    /** Reports nothing done (no kinds, no failures) when another instance is refreshing right now. */
    @Override
    public RefreshReport refresh() {
        return lock.runExclusively("market-refresh", this::refreshAll)
                .orElseGet(() -> new RefreshReport(0, 0, Map.of(), List.of()));
    }

    private RefreshReport refreshAll() {
        var kinds = new ArrayList<Kind>();
        if (!universe.nonCrypto().isEmpty()) {
            kinds.add(new Kind(MarketSources.QUOTES, () -> quotes(sources.quotes(), universe.nonCrypto())));
        }
        if (!universe.crypto().isEmpty()) {
            kinds.add(new Kind(MarketSources.CRYPTO, () -> quotes(sources.crypto(), universe.crypto())));
        }
        kinds.add(new Kind(MarketSources.HISTORY, this::histories));
        kinds.add(new Kind(MarketSources.CRYPTO_MARKET, () -> single(sources.cryptoMarket(), s -> s.cryptoMarket(),
                (m, status) -> m.withStatus(status), marketData::saveCryptoMarket, marketData::latestCryptoMarket)));
        kinds.add(new Kind(MarketSources.FEAR_GREED, () -> single(sources.fearGreed(), s -> s.fearGreed(),
                (f, status) -> f.withStatus(status), marketData::saveFearGreed, marketData::latestFearGreed)));
        List<KindOutcome> outcomes = sideBySide(kinds);
        List<SourceFailure> failures = outcomes.stream().flatMap(o -> o.failures().stream()).toList();
        failures.forEach(statuses::recordFailure);
        return new RefreshReport(outcomes.stream().mapToInt(KindOutcome::quotes).sum(),
                outcomes.stream().mapToInt(KindOutcome::histories).sum(),
                outcomes.stream().collect(Collectors.toMap(KindOutcome::kind, KindOutcome::status)), failures);
    }

    private KindOutcome quotes(SourceChain<QuoteSource> chain, List<Instrument> instruments) {
        var fetched = chain.fetch(source -> {
            var quotes = source.quotes(instruments);
            if (quotes.isEmpty()) {
                throw new SourceException(source.name(), "no quotes for " + instruments.size() + " instruments", false);
            }
            return quotes;
        });
        var quotes = fetched.answer()
                .map(a -> a.value().stream().map(q -> a.status() == DataStatus.FALLBACK ? q.withStatus(a.status()) : q)
                        .toList())
                .orElse(List.of());
        var answered = quotes.stream().map(q -> q.instrument().symbol()).collect(Collectors.toSet());
        var unanswered = instruments.stream().filter(i -> !answered.contains(i.symbol())).toList();
        var stale = marketData.latestQuotes(unanswered).stream()
                .filter(q -> q.provenance().status() != DataStatus.STALE)
                .map(q -> q.withStatus(DataStatus.STALE))
                .toList();
        var toSave = new ArrayList<>(quotes);
        toSave.addAll(stale);
        if (!toSave.isEmpty()) {
            marketData.saveQuotes(toSave);
        }
        return new KindOutcome(chain.kind(), fetched.status(), quotes.size(), 0, fetched.failures());
    }

    /**
     * One chain call per instrument, {@link #HISTORY_CONCURRENCY} at a time so a slow source does not serialise
     * the whole refresh nor flood the source; the kind is as fresh as its least fresh instrument.
     */
    private KindOutcome histories() {
        var chain = sources.history();
        List<Fetched<PriceHistory>> all;
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var permits = new Semaphore(HISTORY_CONCURRENCY);
            var futures = universe.all().stream()
                    .map(instrument -> executor.submit(() -> {
                        permits.acquire();
                        try {
                            return fetchHistory(chain, instrument);
                        } finally {
                            permits.release();
                        }
                    }))
                    .toList();
            all = futures.stream().map(RefreshMarketDataService::join).toList();
        }
        var failures = new ArrayList<SourceFailure>();
        var status = DataStatus.FRESH;
        int stored = 0;
        for (Fetched<PriceHistory> fetched : all) {
            failures.addAll(fetched.failures());
            status = leastFresh(status, fetched.status());
            if (fetched.answer().isPresent()) {
                var answer = fetched.answer().get();
                marketData.saveHistory(answer.status() == DataStatus.FALLBACK
                        ? answer.value().withStatus(DataStatus.FALLBACK) : answer.value());
                stored++;
            }
        }
        return new KindOutcome(chain.kind(), status, 0, stored, failures);
    }

    private Fetched<PriceHistory> fetchHistory(SourceChain<PriceHistorySource> chain, Instrument instrument) {
        return chain.fetch(source -> {
            var history = source.history(instrument, universe.historyDays());
            if (history.points().isEmpty()) {
                throw new SourceException(source.name(), "no closes for " + instrument.symbol(), false);
            }
            return history;
        });
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching histories", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /**
     * One value from its chain; when no source answers, the stored last good value stays and is marked STALE.
     */
    private static <S, T> KindOutcome single(SourceChain<S> chain, Function<S, T> call,
                                             BiFunction<T, DataStatus, T> mark, Consumer<T> save,
                                             Supplier<Optional<T>> stored) {
        var fetched = chain.fetch(call);
        if (fetched.answer().isPresent()) {
            var answer = fetched.answer().get();
            save.accept(answer.status() == DataStatus.FALLBACK
                    ? mark.apply(answer.value(), DataStatus.FALLBACK) : answer.value());
        } else {
            stored.get().ifPresent(last -> save.accept(mark.apply(last, DataStatus.STALE)));
        }
        return new KindOutcome(chain.kind(), fetched.status(), 0, 0, fetched.failures());
    }

    /** Runs each kind on its own virtual thread; a kind that breaks unexpectedly (say, storage) is reported STALE. */
    private List<KindOutcome> sideBySide(List<Kind> kinds) {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<KindOutcome>> futures = kinds.stream().map(k -> executor.submit(k.work())).toList();
            var outcomes = new ArrayList<KindOutcome>();
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(outcome(futures.get(i), kinds.get(i).name()));
            }
            return outcomes;
        }
    }

    private KindOutcome outcome(Future<KindOutcome> future, String kind) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            var failure = new SourceFailure("refresh", kind, "could not complete: " + e.getCause(), clock.instant());
            return new KindOutcome(kind, DataStatus.STALE, 0, 0, List.of(failure));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while refreshing market data", e);
        }
    }

    private static DataStatus leastFresh(DataStatus a, DataStatus b) {
        return a == DataStatus.STALE || b == DataStatus.STALE ? DataStatus.STALE
                : a == DataStatus.FALLBACK || b == DataStatus.FALLBACK ? DataStatus.FALLBACK
                : DataStatus.FRESH;
    }

    private record Kind(String name, Callable<KindOutcome> work) { }

    private record KindOutcome(String kind, DataStatus status, int quotes, int histories,
                               List<SourceFailure> failures) { }
}
