package com.newsletterdaily.adapters.postgres;

import com.newsletterdaily.adapters.postgres.testing.Latches;
import com.newsletterdaily.adapters.postgres.testing.MigratedDatabase;
import com.newsletterdaily.application.port.out.ArticleRepository;
import com.newsletterdaily.application.testing.ArticleRepositoryContract;
import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.NewsCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresArticleRepositoryTest extends ArticleRepositoryContract {

    @RegisterExtension
    static final MigratedDatabase database = MigratedDatabase.truncatingBeforeEach("articles");

    @Override
    protected ArticleRepository repository() {
        return new PostgresArticleRepository(database.client());
    }

    @Test
    void givenRowRejectedMidBatch_saveNew_storesNoneOfTheBatch() {
        // The domain refuses over-long URLs before they get here, so a test-only constraint plays the rejected row.
        database.client().execute().dml("alter table articles add constraint no_poison check (url not like '%/poison')");
        try {
            var repository = repository();
            var batch = List.of(article(NewsCategory.STOCKS, "https://news.example/a", NOON),
                    article(NewsCategory.STOCKS, "https://news.example/poison", NOON),
                    article(NewsCategory.STOCKS, "https://news.example/z", NOON));

            assertThatThrownBy(() -> repository.saveNew(batch)).rootCause().hasMessageContaining("no_poison");

            assertThat(database.count("articles")).isZero();
            assertThat(repository.saveNew(List.of(batch.getFirst(), batch.getLast()))).isEqualTo(2);
        } finally {
            database.client().execute().dml("alter table articles drop constraint no_poison");
        }
    }

    @Test
    void givenTwoInstancesSavingOverlappingBatchesAtOnce_saveNew_storesEachUrlOnceAndCountsAddUp() throws Exception {
        try (var other = new PostgresDatabase(database.settings()); var threads = Executors.newFixedThreadPool(2)) {
            var first = new PostgresArticleRepository(database.client());
            var second = new PostgresArticleRepository(other.client());
            for (int round = 0; round < 10; round++) {
                database.truncate();
                var all = articles(round, 300);
                var firstBatch = all.subList(0, 200);
                // Overlapping by 100 and in the opposite order, which deadlocks if rows are written in batch order.
                var secondBatch = all.subList(100, 300).reversed();
                var start = new CountDownLatch(1);
                var a = threads.submit(() -> { Latches.await(start); return first.saveNew(firstBatch); });
                var b = threads.submit(() -> { Latches.await(start); return second.saveNew(secondBatch); });
                start.countDown();

                assertThat(a.get(30, TimeUnit.SECONDS) + b.get(30, TimeUnit.SECONDS)).isEqualTo(300);
                assertThat(database.count("articles")).isEqualTo(300);
                assertThat(first.recent(NewsCategory.CRYPTO, Instant.EPOCH, 1_000)).hasSize(300);
            }
        }
    }

    @Test
    void givenNegativeLimit_recent_isRejected() {
        assertThatThrownBy(() -> repository().recent(NewsCategory.STOCKS, NOON, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Article> articles(int round, int count) {
        var articles = new ArrayList<Article>();
        for (int i = 0; i < count; i++) {
            articles.add(article(NewsCategory.CRYPTO, "https://news.example/" + round + "/" + i, NOON.plusSeconds(i)));
        }
        return articles;
    }
}
