package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.out.SourceException;
import com.newsletterdaily.application.port.out.SourceFailure;
import com.newsletterdaily.application.testing.MutableClock;
import com.newsletterdaily.domain.market.DataStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceChainTest {

    private static final Instant NOW = Instant.parse("2026-12-02T20:00:00Z");
    private static final ResilienceSettings SETTINGS = new ResilienceSettings(Duration.ofMillis(200),
            new RetryPolicy(2, Duration.ofMillis(100), Duration.ofSeconds(1)), 2, Duration.ofSeconds(60));

    /** A source that answers what its supplier says and counts its calls. */
    private record Fake(String name, Supplier<String> answer, AtomicInteger calls) {
        Fake(String name, Supplier<String> answer) {
            this(name, answer, new AtomicInteger());
        }

        String get() {
            calls.incrementAndGet();
            return answer.get();
        }
    }

    private final MutableClock clock = new MutableClock(NOW);
    private final List<Duration> sleeps = new ArrayList<>();

    @Test
    void givenFirstSourceAnswers_fetch_isFreshFromItAndAsksNoOther() {
        var second = new Fake("second", () -> "b");
        var chain = chain(new Fake("first", () -> "a"), second);

        var fetched = chain.fetch(Fake::get);

        assertThat(fetched.answer()).contains(new Fetched.Answer<>("a", "first", DataStatus.FRESH));
        assertThat(fetched.status()).isEqualTo(DataStatus.FRESH);
        assertThat(fetched.failures()).isEmpty();
        assertThat(second.calls()).hasValue(0);
    }

    @Test
    void givenFirstSourcesFail_fetch_fallsBackInOrderAndCollectsEachFailure() {
        var third = new Fake("third", () -> "c");
        var chain = chain(failing("first", "HTTP 404", false), failing("second", "malformed JSON", false),
                third, new Fake("fourth", () -> "d"));

        var fetched = chain.fetch(Fake::get);

        assertThat(fetched.answer()).contains(new Fetched.Answer<>("c", "third", DataStatus.FALLBACK));
        assertThat(fetched.failures()).containsExactly(
                new SourceFailure("first", "quotes", "HTTP 404", NOW),
                new SourceFailure("second", "quotes", "malformed JSON", NOW));
    }

    @Test
    void givenEverySourceFails_fetch_isStaleWithAllFailures() {
        var fetched = chain(failing("first", "HTTP 500", false), failing("second", "HTTP 429", false))
                .fetch(Fake::get);

        assertThat(fetched.answer()).isEmpty();
        assertThat(fetched.status()).isEqualTo(DataStatus.STALE);
        assertThat(fetched.failures()).extracting(SourceFailure::source).containsExactly("first", "second");
    }

    @Test
    void givenRetryableFailure_fetch_retriesTheSourceBeforeMovingOn() {
        var flaky = failing("first", "HTTP 503", true);
        var chain = chain(flaky, new Fake("second", () -> "b"));

        var fetched = chain.fetch(Fake::get);

        assertThat(flaky.calls()).hasValue(2);
        assertThat(sleeps).hasSize(1);
        assertThat(fetched.answer()).get().extracting(Fetched.Answer::source).isEqualTo("second");
        assertThat(fetched.failures()).singleElement().extracting(SourceFailure::reason).isEqualTo("HTTP 503");
    }

    @Test
    void givenSlowSource_fetch_recordsTheTimeoutAndFallsBack() {
        var slow = new Fake("slow", () -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "late";
        });

        var fetched = chain(slow, new Fake("second", () -> "b")).fetch(Fake::get);

        assertThat(fetched.answer()).get().extracting(Fetched.Answer::value).isEqualTo("b");
        assertThat(fetched.failures()).extracting(SourceFailure::reason)
                .containsExactly("timed out after 200 ms");
    }

    @Test
    void givenSourceThatKeepsFailing_fetch_opensItsCircuitAndReportsThat() {
        var broken = failing("first", "HTTP 500", false);
        var chain = chain(broken, new Fake("second", () -> "b"));

        chain.fetch(Fake::get);
        chain.fetch(Fake::get);
        var third = chain.fetch(Fake::get);

        assertThat(broken.calls()).hasValue(2);
        assertThat(third.failures()).containsExactly(new SourceFailure("first", "quotes", "circuit open", NOW));
        assertThat(third.status()).isEqualTo(DataStatus.FALLBACK);

        clock.advance(Duration.ofSeconds(60));
        chain.fetch(Fake::get);
        assertThat(broken.calls()).as("one trial call once open time is over").hasValue(3);
    }

    @Test
    void givenSourceThrowingSomethingUnexpectedOrNothing_fetch_countsItAsAFailure() {
        var fetched = chain(new Fake("buggy", () -> {
            throw new IllegalArgumentException("close must be positive");
        }), new Fake("empty", () -> null), new Fake("good", () -> "c")).fetch(Fake::get);

        assertThat(fetched.failures()).extracting(SourceFailure::reason).containsExactly(
                "unexpected java.lang.IllegalArgumentException: close must be positive", "answered nothing");
        assertThat(fetched.answer()).get().extracting(Fetched.Answer::source).isEqualTo("good");
    }

    @Test
    void givenTwoSourcesWithOneName_constructor_rejects() {
        assertThatThrownBy(() -> chain(new Fake("same", () -> "a"), new Fake("same", () -> "b")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private SourceChain<Fake> chain(Fake... sources) {
        return new SourceChain<>("quotes", List.of(sources), Fake::name, SETTINGS, clock, new Random(1), sleeps::add);
    }

    private static Fake failing(String name, String reason, boolean retryable) {
        return new Fake(name, () -> {
            throw new SourceException(name, reason, retryable);
        });
    }
}
