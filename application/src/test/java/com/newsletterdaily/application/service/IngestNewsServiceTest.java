package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.in.IngestReport;
import com.newsletterdaily.application.port.out.SourceFailure;
import com.newsletterdaily.application.testing.FakeNewsSource;
import com.newsletterdaily.application.testing.InMemoryArticleRepository;
import com.newsletterdaily.application.testing.InMemoryDistributedLock;
import com.newsletterdaily.application.testing.InMemorySourceStatusRepository;
import com.newsletterdaily.application.testing.MutableClock;
import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.Feed;
import com.newsletterdaily.domain.content.NewsCategory;
import com.newsletterdaily.domain.content.NewsRanking;
import com.newsletterdaily.domain.content.ScoringWeights;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

class IngestNewsServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-02T20:00:00Z");
    private static final Feed REUTERS = feed("Reuters", NewsCategory.STOCKS);
    private static final Feed BLOG = feed("Blog", NewsCategory.STOCKS);
    private static final Feed COINS = feed("Coins", NewsCategory.CRYPTO);
    private static final Feed BROKEN = feed("Broken", NewsCategory.ECONOMY);
    private static final ResilienceSettings NO_RETRIES = new ResilienceSettings(Duration.ofSeconds(2),
            new RetryPolicy(1, Duration.ZERO, Duration.ZERO), 5, Duration.ofSeconds(60));

    private final MutableClock clock = new MutableClock(NOW);
    private final FakeNewsSource source = new FakeNewsSource();
    private final InMemoryArticleRepository articles = new InMemoryArticleRepository();
    private final InMemorySourceStatusRepository statuses = new InMemorySourceStatusRepository();
    private final InMemoryDistributedLock lock = new InMemoryDistributedLock();
    private final NewsRanking ranking = new NewsRanking(ScoringWeights.DEFAULT,
            Map.of("Reuters", 0.9, "Blog", 0.3), Map.of());
    private final IngestNewsService service = new IngestNewsService(source, List.of(REUTERS, BLOG, COINS, BROKEN),
            articles, statuses, lock, ranking, NO_RETRIES, clock);

    @Test
    void givenOneBrokenFeed_ingest_recordsItsFailureAndStoresTheOtherFeeds() {
        source.serving(REUTERS, article(REUTERS, "ASX closes at a record", "/asx"))
                .serving(COINS, article(COINS, "Bitcoin slips below $90,000", "/btc"))
                .broken(BROKEN);

        var report = service.ingest();

        var failure = new SourceFailure("Broken", "news", "malformed XML at line 3", NOW);
        assertThat(report).isEqualTo(new IngestReport(2, 2, 0, List.of(failure)));
        assertThat(statuses.recentFailures(10)).containsExactly(failure);
        assertThat(articles.size()).isEqualTo(2);
    }

    @Test
    void givenSameFeedsIngestedTwice_ingest_storesEachArticleOnce() {
        source.serving(REUTERS, article(REUTERS, "ASX closes at a record", "/asx"),
                article(REUTERS, "CSL cuts guidance", "/csl"));

        var first = service.ingest();
        var second = service.ingest();

        assertThat(first.stored()).isEqualTo(2);
        assertThat(second.stored()).isZero();
        assertThat(second.duplicates()).isEqualTo(2);
        assertThat(articles.size()).isEqualTo(2);
    }

    @Test
    void givenTrackingParameters_ingest_storesTheNormalisedUrlOnce() {
        source.serving(REUTERS, article(REUTERS, "ASX closes at a record", "/asx?utm_source=rss#top"))
                .serving(BLOG, article(BLOG, "Another story entirely", "/asx/?fbclid=abc"));

        var report = service.ingest();

        assertThat(report.stored()).isEqualTo(1);
        assertThat(articles.recent(NewsCategory.STOCKS, NOW.minus(Duration.ofDays(1)), 10))
                .extracting(Article::url).containsExactly(URI.create("https://news.example.com/asx"));
    }

    @Test
    void givenNearIdenticalTitlesAcrossFeeds_ingest_storesTheStoryOnceFromTheBetterSource() {
        source.serving(BLOG, article(BLOG, "RBA holds the cash rate at 4.35%", "/blog/rba"))
                .serving(REUTERS, article(REUTERS, "RBA holds cash rate at 4.35 %", "/reuters/rba"));

        var report = service.ingest();

        assertThat(report.fetched()).isEqualTo(2);
        assertThat(report.stored()).isEqualTo(1);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(articles.recent(NewsCategory.STOCKS, NOW.minus(Duration.ofDays(1)), 10))
                .extracting(Article::source).containsExactly("Reuters");
    }

    @Test
    void givenNearIdenticalTitleInALaterRun_ingest_dropsItAgainstTheStoredArticle() {
        source.serving(BLOG, article(BLOG, "Westpac profit falls 5% on margin squeeze", "/a"));
        service.ingest();
        clock.advance(Duration.ofHours(3));
        source.serving(REUTERS, article(REUTERS, "Westpac profit falls 5% on a margin squeeze", "/b"));

        var report = service.ingest();

        assertThat(report.stored()).isZero();
        assertThat(articles.size()).isEqualTo(1);
    }

    @Test
    void givenTwoInstancesIngestingAtOnce_ingest_storesEachArticleOnce() throws Exception {
        source.slow(Duration.ofMillis(50))
                .serving(REUTERS, article(REUTERS, "ASX closes at a record", "/asx"))
                .serving(BLOG, article(BLOG, "ASX closes at a record!", "/blog-asx"),
                        article(BLOG, "Telstra cuts jobs", "/tls"))
                .serving(COINS, article(COINS, "Bitcoin slips below $90,000", "/btc"));
        var other = new IngestNewsService(source, List.of(REUTERS, BLOG, COINS), articles, statuses, lock, ranking,
                NO_RETRIES, clock);
        var start = new CountDownLatch(1);
        var reports = new ArrayList<IngestReport>();

        try (var threads = Executors.newFixedThreadPool(2)) {
            var a = CompletableFuture.supplyAsync(() -> awaitThen(start, service), threads);
            var b = CompletableFuture.supplyAsync(() -> awaitThen(start, other), threads);
            start.countDown();
            reports.add(a.get());
            reports.add(b.get());
        }
        reports.add(service.ingest());

        assertThat(articles.size()).isEqualTo(3);
        assertThat(reports).extracting(IngestReport::stored).containsExactlyInAnyOrder(3, 0, 0);
    }

    @Test
    void givenAnotherInstanceIngesting_ingest_readsNothing() {
        lock.holdElsewhere("news-ingest");
        source.serving(REUTERS, article(REUTERS, "ASX closes at a record", "/asx"));

        var report = service.ingest();

        assertThat(report).isEqualTo(new IngestReport(0, 0, 0, List.of()));
        assertThat(source.calls()).isZero();
    }

    @Test
    void givenArticleWithoutSource_ingest_attributesItToItsFeed() {
        source.serving(COINS, new Article(NewsCategory.CRYPTO, "Ether jumps", "", URI.create("https://x.test/e"), "",
                NOW.minus(Duration.ofHours(1))));

        service.ingest();

        assertThat(articles.recent(NewsCategory.CRYPTO, NOW.minus(Duration.ofDays(1)), 10))
                .extracting(Article::source).containsExactly("Coins");
    }

    private static IngestReport awaitThen(CountDownLatch start, IngestNewsService service) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return service.ingest();
    }

    private static Feed feed(String name, NewsCategory category) {
        return new Feed(name, category, URI.create("https://feeds.example.com/" + name.toLowerCase()), 0.5);
    }

    private static Article article(Feed feed, String title, String path) {
        return new Article(feed.category(), title, "Summary of " + title, URI.create("https://news.example.com" + path),
                feed.name(), NOW.minus(Duration.ofHours(1)));
    }
}
