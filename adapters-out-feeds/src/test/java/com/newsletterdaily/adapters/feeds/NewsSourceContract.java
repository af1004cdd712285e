package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.application.port.out.NewsSource;
import com.newsletterdaily.domain.content.Feed;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The behaviour every {@link NewsSource} shows; each implementation's test extends it. */
abstract class NewsSourceContract {

    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]|&(amp|lt|gt|quot|nbsp|#\\d+);");

    protected abstract NewsSource source();

    /** A feed the source can read, with items. */
    protected abstract Feed feed();

    @Test
    void givenAReadableFeed_fetch_returnsArticlesOfTheFeedsCategoryAndName() {
        var feed = feed();

        var articles = source().fetch(feed);

        assertThat(articles).isNotEmpty().allSatisfy(a -> {
            assertThat(a.category()).isEqualTo(feed.category());
            assertThat(a.source()).isEqualTo(feed.name());
        });
    }

    @Test
    void givenAReadableFeed_fetch_returnsPlainTextWithinLimits() {
        var articles = source().fetch(feed());

        assertThat(articles).allSatisfy(a -> {
            assertThat(a.title()).isNotBlank().doesNotContainPattern(MARKUP).doesNotContain("\n");
            assertThat(a.summary()).doesNotContainPattern(MARKUP).hasSizeLessThanOrEqualTo(1_000);
        });
    }

    @Test
    void givenAReadableFeed_fetch_returnsAbsoluteHttpUrls() {
        var articles = source().fetch(feed());

        assertThat(articles).allSatisfy(a -> {
            assertThat(a.url().isAbsolute()).isTrue();
            assertThat(a.url().getScheme()).isIn("http", "https");
        });
    }
}
