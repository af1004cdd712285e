package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.SourceFailure;
import com.newsletterdaily.application.port.out.SourceStatusRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The behaviour every {@link SourceStatusRepository} shows; each implementation's test extends it. */
public abstract class SourceStatusRepositoryContract {

    // Microseconds at most: what a PostgreSQL timestamp keeps.
    protected static final Instant MORNING = Instant.parse("2026-11-30T20:00:00.123456Z");

    /** A repository over an empty store. */
    protected abstract SourceStatusRepository repository();

    @Test
    void givenNothingRecorded_recentFailures_isEmpty() {
        assertThat(repository().recentFailures(10)).isEmpty();
    }

    @Test
    void givenRecordedFailure_recentFailures_returnsItWhole() {
        var repository = repository();
        var failure = new SourceFailure("yahoo", "quotes", "HTTP 429 Too Many Requests: retry after 30 s ‘quoted’",
                MORNING);

        repository.recordFailure(failure);

        assertThat(repository.recentFailures(10)).containsExactly(failure);
    }

    @Test
    void givenFailuresRecordedOutOfOrder_recentFailures_returnsTheNewestFirstUpToTheLimit() {
        var repository = repository();
        var oldest = new SourceFailure("coingecko", "crypto", "timeout after 5 s", MORNING.minusSeconds(120));
        var newest = new SourceFailure("rss:abc", "news", "malformed XML at line 3", MORNING);
        var middle = new SourceFailure("alternative.me", "sentiment", "HTTP 503", MORNING.minusSeconds(60));
        repository.recordFailure(middle);
        repository.recordFailure(newest);
        repository.recordFailure(oldest);

        assertThat(repository.recentFailures(10)).containsExactly(newest, middle, oldest);
        assertThat(repository.recentFailures(2)).containsExactly(newest, middle);
        assertThat(repository.recentFailures(0)).isEmpty();
    }

    @Test
    void givenSameFailureRecordedTwice_recentFailures_keepsBoth() {
        var repository = repository();
        var failure = new SourceFailure("yahoo", "history", "HTTP 500", MORNING);

        repository.recordFailure(failure);
        repository.recordFailure(failure);

        assertThat(repository.recentFailures(10)).containsExactly(failure, failure);
    }
}
