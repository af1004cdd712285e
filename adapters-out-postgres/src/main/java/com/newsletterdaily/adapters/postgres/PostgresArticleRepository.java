package com.newsletterdaily.adapters.postgres;

import com.newsletterdaily.application.port.out.ArticleRepository;
import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.NewsCategory;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Stores articles in {@code articles}, once per URL, each batch in one transaction. */
public final class PostgresArticleRepository implements ArticleRepository {

    private final DbClient client;

    /** Takes the client of a {@link PostgresDatabase}, which knows this repository's named statements. */
    public PostgresArticleRepository(DbClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Inserts in URL order: two instances saving overlapping batches then wait for each other on the first shared
     * URL instead of deadlocking, and the loser of each URL counts it as not new.
     */
    @Override
    public int saveNew(List<Article> articles) {
        var sorted = articles.stream().sorted(Comparator.comparing(a -> a.url().toString())).toList();
        if (sorted.isEmpty()) {
            return 0;
        }
        return Transactions.inTransaction(client, tx -> {
            long inserted = 0;
            for (Article article : sorted) {
                inserted += tx.createNamedDmlStatement("insert-new-article")
                        .addParam("url", article.url().toString())
                        .addParam("category", article.category().name())
                        .addParam("title", article.title())
                        .addParam("summary", article.summary())
                        .addParam("source", article.source())
                        .addParam("published_at", SqlValues.timestamp(article.publishedAt()))
                        .execute();
            }
            return Math.toIntExact(inserted);
        });
    }

    @Override
    public List<Article> recent(NewsCategory category, Instant since, int limit) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(since, "since");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        try (Stream<DbRow> rows = client.execute().createNamedQuery("select-recent-articles")
                .addParam("category", category.name())
                .addParam("since", SqlValues.timestamp(since))
                .addParam("limit", limit)
                .execute()) {
            return rows.map(PostgresArticleRepository::toArticle).toList();
        }
    }

    private static Article toArticle(DbRow row) {
        return new Article(NewsCategory.valueOf(SqlValues.text(row, "category")), SqlValues.text(row, "title"),
                SqlValues.text(row, "summary"), URI.create(SqlValues.text(row, "url")), SqlValues.text(row, "source"),
                SqlValues.instant(row, "published_at"));
    }
}
