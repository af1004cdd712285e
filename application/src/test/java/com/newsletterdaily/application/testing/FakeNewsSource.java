package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.NewsSource;
import com.newsletterdaily.application.port.out.SourceException;
import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.Feed;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A news source for service tests: serves the articles a test gives each feed, and fails the feeds it breaks. */
public final class FakeNewsSource implements NewsSource {

    private final Map<String, List<Article>> byFeed = new ConcurrentHashMap<>();
    private final Set<String> broken = ConcurrentHashMap.newKeySet();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;

    public FakeNewsSource serving(Feed feed, Article... articles) {
        byFeed.put(feed.name(), List.of(articles));
        return this;
    }

    public FakeNewsSource broken(Feed feed) {
        broken.add(feed.name());
        return this;
    }

    /** Makes each fetch take a while, so that concurrent ingests overlap. */
    public FakeNewsSource slow(Duration delay) {
        this.delay = delay;
        return this;
    }

    public int calls() {
        return calls.get();
    }

    @Override
    public String name() {
        return "fake-rss";
    }

    @Override
    public List<Article> fetch(Feed feed) {
        calls.incrementAndGet();
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (broken.contains(feed.name())) {
            throw new SourceException(name(), "malformed XML at line 3", false);
        }
        return byFeed.getOrDefault(feed.name(), List.of());
    }
}
