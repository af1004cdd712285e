package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.ArticleRepository;
import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.NewsCategory;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The behaviour every {@link ArticleRepository} shows; each implementation's test extends it. */
public abstract class ArticleRepositoryContract {

    // Microseconds at most: what a PostgreSQL timestamp keeps.
    protected static final Instant NOON = Instant.parse("2026-11-30T01:00:00.123456Z");

    /** A repository over an empty store. */
    protected abstract ArticleRepository repository();

    @Test
    void givenNothingStored_recent_isEmpty() {
        assertThat(repository().recent(NewsCategory.STOCKS, Instant.EPOCH, 10)).isEmpty();
    }

    @Test
    void givenNewArticles_saveNew_answersHowManyAndStoresThemWhole() {
        var repository = repository();
        var first = article(NewsCategory.STOCKS, "https://news.example/asx-closes-higher", NOON);
        var second = new Article(NewsCategory.STOCKS, "Märkte: ASX 200 ↑ «record» with 'quotes' \\ and 100%", "",
                URI.create("https://news.example/m%C3%A4rkte?id=7&lang=de"), "", NOON.minusSeconds(60));

        assertThat(repository.saveNew(List.of(first, second))).isEqualTo(2);

        assertThat(repository.recent(NewsCategory.STOCKS, Instant.EPOCH, 10)).containsExactly(first, second);
    }

    @Test
    void givenSameArticlesSavedTwice_saveNew_answersZeroAndStoresEachOnce() {
        var repository = repository();
        var articles = List.of(article(NewsCategory.CRYPTO, "https://news.example/a", NOON),
                article(NewsCategory.CRYPTO, "https://news.example/b", NOON.minusSeconds(1)));
        repository.saveNew(articles);

        assertThat(repository.saveNew(articles)).isZero();

        assertThat(repository.recent(NewsCategory.CRYPTO, Instant.EPOCH, 10)).isEqualTo(articles);
    }

    @Test
    void givenSomeUrlsStored_saveNew_countsOnlyTheNewAndKeepsTheStoredArticle() {
        var repository = repository();
        var stored = article(NewsCategory.ECONOMY, "https://news.example/rates", NOON);
        repository.saveNew(List.of(stored));
        var sameUrlRetitled = new Article(NewsCategory.ECONOMY, "Rates: updated title", "New summary.",
                stored.url(), "Other source", NOON.plusSeconds(5));
        var fresh = article(NewsCategory.ECONOMY, "https://news.example/jobs", NOON.minusSeconds(5));

        assertThat(repository.saveNew(List.of(sameUrlRetitled, fresh))).isEqualTo(1);

        assertThat(repository.recent(NewsCategory.ECONOMY, Instant.EPOCH, 10)).containsExactly(stored, fresh);
    }

    @Test
    void givenSameUrlTwiceInOneBatch_saveNew_storesTheFirstOnce() {
        var repository = repository();
        var first = article(NewsCategory.TECHNOLOGY, "https://news.example/chips", NOON);
        var duplicate = new Article(NewsCategory.TECHNOLOGY, "Chips, again", "", first.url(), "", NOON);

        assertThat(repository.saveNew(List.of(first, duplicate))).isEqualTo(1);

        assertThat(repository.recent(NewsCategory.TECHNOLOGY, Instant.EPOCH, 10)).containsExactly(first);
    }

    @Test
    void givenEmptyBatch_saveNew_answersZero() {
        assertThat(repository().saveNew(List.of())).isZero();
    }

    @Test
    void givenArticlesOfSeveralCategoriesAndTimes_recent_filtersByCategoryAndSinceNewestFirst() {
        var repository = repository();
        var since = NOON.minus(Duration.ofHours(24));
        var atSince = article(NewsCategory.PROPERTY, "https://news.example/p-at-since", since);
        var beforeSince = article(NewsCategory.PROPERTY, "https://news.example/p-old", since.minusNanos(1_000));
        var newest = article(NewsCategory.PROPERTY, "https://news.example/p-new", NOON);
        var middle = article(NewsCategory.PROPERTY, "https://news.example/p-mid", NOON.minus(Duration.ofHours(3)));
        var otherCategory = article(NewsCategory.STOCKS, "https://news.example/s-new", NOON);
        repository.saveNew(List.of(atSince, beforeSince, middle, otherCategory, newest));

        assertThat(repository.recent(NewsCategory.PROPERTY, since, 10)).containsExactly(newest, middle, atSince);
        assertThat(repository.recent(NewsCategory.PROPERTY, since, 2)).containsExactly(newest, middle);
        assertThat(repository.recent(NewsCategory.PROPERTY, since, 0)).isEmpty();
        assertThat(repository.recent(NewsCategory.CRYPTO, since, 10)).isEmpty();
    }

    protected static Article article(NewsCategory category, String url, Instant publishedAt) {
        return new Article(category, "Title of " + url, "Summary of " + url + ".", URI.create(url), "Example News",
                publishedAt);
    }
}
