package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.ArticleRepository;
import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.NewsCategory;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Articles in a map keyed by URL, for service tests; it passes the same contract as the PostgreSQL one. */
public final class InMemoryArticleRepository implements ArticleRepository {

    private final Map<URI, Article> articles = new LinkedHashMap<>();

    @Override
    public synchronized int saveNew(List<Article> batch) {
        int stored = 0;
        for (Article article : batch) {
            if (articles.putIfAbsent(article.url(), article) == null) {
                stored++;
            }
        }
        return stored;
    }

    @Override
    public synchronized List<Article> recent(NewsCategory category, Instant since, int limit) {
        return articles.values().stream()
                .filter(a -> a.category() == category && !a.publishedAt().isBefore(since))
                .sorted(Comparator.comparing(Article::publishedAt).reversed())
                .limit(limit)
                .toList();
    }

    public synchronized int size() {
        return articles.size();
    }
}
