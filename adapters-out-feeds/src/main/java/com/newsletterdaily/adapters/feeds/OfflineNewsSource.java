package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.application.port.out.NewsSource;
import com.newsletterdaily.application.port.out.SourceException;
import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.Feed;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * News from small sample feeds bundled per category ({@code /offline/feeds/<category>.xml}), parsed by
 * {@link RomeNewsSource#parse}, so the service works without network. Whatever feed is asked for, the items of its
 * category are answered; they are re-dated so the newest is an hour before the clock's now, keeping their spacing,
 * because a sample with fixed dates would age out of every edition.
 */
public final class OfflineNewsSource implements NewsSource {

    public static final String NAME = "offline-news";
    private static final Duration NEWEST_AGE = Duration.ofHours(1);

    private final Clock clock;

    public OfflineNewsSource(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Article> fetch(Feed feed) {
        String resource = "/offline/feeds/" + feed.category().name().toLowerCase(Locale.ROOT) + ".xml";
        List<Article> articles = RomeNewsSource.parse(read(resource), feed).articles();
        Instant newest = articles.stream().map(Article::publishedAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        Duration shift = Duration.between(newest, clock.instant().minus(NEWEST_AGE));
        return articles.stream()
                .map(a -> new Article(a.category(), a.title(), a.summary(), a.url(), a.source(),
                        a.publishedAt().plus(shift)))
                .toList();
    }

    private static byte[] read(String resource) {
        try (InputStream in = OfflineNewsSource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SourceException(NAME, "no bundled feed " + resource, false);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SourceException(NAME, "cannot read bundled feed " + resource + ": " + e.getMessage(), false, e);
        }
    }
}
