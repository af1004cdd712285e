package com.newsletterdaily.adapters.postgres;

import com.newsletterdaily.adapters.postgres.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresDistributedLockTest {

    private static PostgresDatabase database;
    private static PostgresDatabase otherInstance;

    @BeforeAll
    static void openDatabase() {
        var settings = TestPostgres.freshDatabase();
        database = new PostgresDatabase(settings);
        otherInstance = new PostgresDatabase(settings);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
        otherInstance.close();
    }

    @Test
    void givenFreeLock_runExclusively_runsTheWorkAndReturnsItsResult() {
        var lock = new PostgresDistributedLock(database.client());

        assertThat(lock.runExclusively("free", () -> "ran")).contains("ran");
    }

    @Test
    void givenLockHeldElsewhere_runExclusively_returnsEmptyAtOnceThenRunsAfterRelease() throws Exception {
        var holder = new PostgresDistributedLock(database.client());
        var contender = new PostgresDistributedLock(otherInstance.client());
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var held = CompletableFuture.supplyAsync(() -> holder.runExclusively("x", () -> {
            holding.countDown();
            await(release);
            return "first";
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        var started = System.nanoTime();
        var whileHeld = contender.runExclusively("x", () -> "second");
        var waited = Duration.ofNanos(System.nanoTime() - started);
        var otherName = contender.runExclusively("y", () -> "other name");
        release.countDown();

        assertThat(whileHeld).isEmpty();
        assertThat(waited).isLessThan(Duration.ofSeconds(1));
        assertThat(otherName).contains("other name");
        assertThat(held.get(10, TimeUnit.SECONDS)).contains("first");
        assertThat(contender.runExclusively("x", () -> "second")).contains("second");
    }

    @Test
    void givenWorkThrows_runExclusively_propagatesTheExceptionAndReleasesTheLock() {
        var lock = new PostgresDistributedLock(database.client());
        var failure = new IllegalStateException("work failed");

        assertThatThrownBy(() -> lock.runExclusively("failing", () -> { throw failure; })).isSameAs(failure);

        assertThat(new PostgresDistributedLock(otherInstance.client()).runExclusively("failing", () -> "ran"))
                .contains("ran");
    }

    @Test
    void givenWorkReturnsNull_runExclusively_isEmpty() {
        var lock = new PostgresDistributedLock(database.client());

        assertThat(lock.runExclusively("null", () -> null)).isEqualTo(Optional.empty());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
