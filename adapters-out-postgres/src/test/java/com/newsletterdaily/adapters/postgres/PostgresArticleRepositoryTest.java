package com.newsletterdaily.adapters.postgres;

import com.newsletterdaily.adapters.postgres.testing.TestPostgres;
import com.newsletterdaily.application.port.out.ArticleRepository;
import com.newsletterdaily.application.testing.ArticleRepositoryContract;
import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.NewsCategory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresArticleRepositoryTest extends ArticleRepositoryContract {

    private static DatabaseSettings settings;
    private static PostgresDatabase database;

    @BeforeAll
    static void openDatabase() {
        settings = TestPostgres.freshDatabase();
        database = new PostgresDatabase(settings);
        assertThat(database.migrate().isMigrated()).isTrue();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyTables() {
        database.client().execute().dml("truncate articles");
    }

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

            assertThat(rowCount()).isZero();
            assertThat(repository.saveNew(List.of(batch.getFirst(), batch.getLast()))).isEqualTo(2);
        } finally {
            database.client().execute().dml("alter table articles drop constraint no_poison");
        }
    }

    @Test
    void givenTwoInstancesSavingOverlappingBatchesAtOnce_saveNew_storesEachUrlOnceAndCountsAddUp() throws Exception {
        try (var other = new PostgresDatabase(settings); var threads = Executors.newFixedThreadPool(2)) {
            var first = new PostgresArticleRepository(database.client());
            var second = new PostgresArticleRepository(other.client());
            for (int round = 0; round < 10; round++) {
                database.client().execute().dml("truncate articles");
                var all = articles(round, 300);
                var firstBatch = all.subList(0, 200);
                // Overlapping by 100 and in the opposite order, which deadlocks if rows are written in batch order.
                var secondBatch = all.subList(100, 300).reversed();
                var start = new CountDownLatch(1);
                var a = threads.submit(() -> { await(start); return first.saveNew(firstBatch); });
                var b = threads.submit(() -> { await(start); return second.saveNew(secondBatch); });
                start.countDown();

                assertThat(a.get(30, TimeUnit.SECONDS) + b.get(30, TimeUnit.SECONDS)).isEqualTo(300);
                assertThat(rowCount()).isEqualTo(300);
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

    private static long rowCount() {
        return database.client().execute().get("select count(*) as n from articles")
                .map(row -> row.column("n").get(Long.class)).orElseThrow();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
