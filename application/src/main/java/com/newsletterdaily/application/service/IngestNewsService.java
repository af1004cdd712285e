package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.in.IngestNewsUseCase;
import com.newsletterdaily.application.port.in.IngestReport;
import com.newsletterdaily.application.port.out.ArticleRepository;
import com.newsletterdaily.application.port.out.DistributedLock;
import com.newsletterdaily.application.port.out.NewsSource;
import com.newsletterdaily.application.port.out.SourceException;
import com.newsletterdaily.application.port.out.SourceFailure;
import com.newsletterdaily.application.port.out.SourceStatusRepository;
import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.ArticleUrls;
import com.newsletterdaily.domain.content.Feed;
import com.newsletterdaily.domain.content.NewsCategory;
import com.newsletterdaily.domain.content.NewsRanking;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads every feed, each on its own virtual thread behind its own guard, normalises the article URLs, drops
 * duplicates across feeds and of articles stored in the last two days, and stores the rest. A broken feed is
 * recorded and skipped; one instance ingests at a time.
 */
public final class IngestNewsService implements IngestNewsUseCase {

    static final String KIND = "news";
    /** How far back stored articles count when looking for near-identical titles. */
    static final Duration SEEN_WINDOW = Duration.ofHours(48);
    private static final int SEEN_LIMIT = 1_000;

    private final NewsSource source;
    private final Map<Feed, SourceGuard> guards = new LinkedHashMap<>();
    private final ArticleRepository articles;
    private final SourceStatusRepository statuses;
    private final DistributedLock lock;
    private final NewsRanking ranking;
    private final Clock clock;

    public IngestNewsService(NewsSource source, List<Feed> feeds, ArticleRepository articles,
                             SourceStatusRepository statuses, DistributedLock lock, NewsRanking ranking,
                             ResilienceSettings resilience, Clock clock) {
        this.source = source;
        var random = new Random();
        feeds.forEach(feed -> guards.put(feed,
                new SourceGuard(feed.name(), resilience, clock, random, RetryPolicy.Sleeper.REAL)));
        this.articles = articles;
        this.statuses = statuses;
        this.lock = lock;
        this.ranking = ranking;
        this.clock = clock;
    }

    public IngestNewsService(NewsSource source, List<Feed> feeds, ArticleRepository articles,
                             SourceStatusRepository statuses, DistributedLock lock, NewsRanking ranking, Clock clock) {
        this(source, feeds, articles, statuses, lock, ranking, ResilienceSettings.DEFAULT, clock);
    }

    /** Reports nothing read when another instance is ingesting right now. */
    @Override
    public IngestReport ingest() {
        return lock.runExclusively("news-ingest", this::ingestAll)
                .orElseGet(() -> new IngestReport(0, 0, 0, List.of()));
    }

    private IngestReport ingestAll() {
        var fetched = new ArrayList<Article>();
        var failures = new ArrayList<SourceFailure>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new LinkedHashMap<Feed, Future<List<Article>>>();
            guards.forEach((feed, guard) ->
                    futures.put(feed, executor.submit(() -> guard.call(() -> source.fetch(feed)))));
            futures.forEach((feed, future) -> {
                try {
                    future.get().forEach(a -> fetched.add(normalised(a, feed)));
                } catch (ExecutionException e) {
                    failures.add(new SourceFailure(feed.name(), KIND, reason(e.getCause()), clock.instant()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading feeds", e);
                }
            });
        }
        failures.forEach(statuses::recordFailure);
        List<Article> fresh = ranking.deduplicate(fetched, recentlyStored(fetched));
        int stored = fresh.isEmpty() ? 0 : articles.saveNew(fresh);
        return new IngestReport(fetched.size(), stored, fetched.size() - stored, failures);
    }

    private List<Article> recentlyStored(List<Article> fetched) {
        var since = clock.instant().minus(SEEN_WINDOW);
        return fetched.stream().map(Article::category).distinct()
                .flatMap((NewsCategory category) -> articles.recent(category, since, SEEN_LIMIT).stream())
                .toList();
    }

    /** The article with its URL normalised, attributed to its feed when the source named nobody. */
    private static Article normalised(Article article, Feed feed) {
        return new Article(article.category(), article.title(), article.summary(), ArticleUrls.normalise(article.url()),
                article.source().isBlank() ? feed.name() : article.source(), article.publishedAt());
    }

    private static String reason(Throwable failure) {
        return failure instanceof SourceException e ? SourceGuard.reason(e) : String.valueOf(failure);
    }
}
