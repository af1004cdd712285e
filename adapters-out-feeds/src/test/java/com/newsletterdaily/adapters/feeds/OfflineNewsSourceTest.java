package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.application.port.out.NewsSource;
import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.Feed;
import com.newsletterdaily.domain.content.NewsCategory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.time.Duration;

import static com.newsletterdaily.adapters.feeds.TestInstruments.CLOCK;
import static com.newsletterdaily.adapters.feeds.TestInstruments.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link OfflineNewsSource}: a bundled feed per category, re-dated to the clock, passing the news contract. */
class OfflineNewsSourceTest {

    private final OfflineNewsSource source = new OfflineNewsSource(CLOCK);

    private static Feed feed(NewsCategory category) {
        return new Feed("Offline " + category, category, URI.create("https://example.com/feed.xml"), 0.5);
    }

    @ParameterizedTest
    @EnumSource(NewsCategory.class)
    void givenAnyCategory_fetch_returnsItsBundledItems(NewsCategory category) {
        assertThat(source.fetch(feed(category))).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(a -> assertThat(a.category()).isEqualTo(category));
    }

    @Test
    void givenTheClock_fetch_datesTheNewestItemAnHourBeforeNowKeepingTheSpacing() {
        var articles = source.fetch(feed(NewsCategory.STOCKS));

        assertThat(articles).extracting(Article::publishedAt)
                .containsExactly(NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofHours(4)),
                        NOW.minus(Duration.ofHours(7)), NOW.minus(Duration.ofHours(10)));
    }

    @Test
    void givenTheSameFeedTwice_fetch_returnsTheSameUrls() {
        assertThat(source.fetch(feed(NewsCategory.CRYPTO))).extracting(Article::url)
                .isEqualTo(source.fetch(feed(NewsCategory.CRYPTO)).stream().map(Article::url).toList());
    }

    @Nested
    class Contract extends NewsSourceContract {

        @Override
        protected NewsSource source() {
            return new OfflineNewsSource(CLOCK);
        }

        @Override
        protected Feed feed() {
            return OfflineNewsSourceTest.feed(NewsCategory.TECHNOLOGY);
        }
    }
}
