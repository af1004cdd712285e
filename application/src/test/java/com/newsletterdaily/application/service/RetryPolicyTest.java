package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.out.SourceException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2));
    private final List<Duration> sleeps = new ArrayList<>();
    private final RetryPolicy.Sleeper sleeper = sleeps::add;
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void givenRetryableFailuresThenSuccess_run_retriesAndAnswers() {
        String answer = policy.run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new SourceException("yahoo", "HTTP 503", true);
            }
            return "ok";
        }, new Random(7), sleeper);

        assertThat(answer).isEqualTo("ok");
        assertThat(attempts).hasValue(3);
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void givenOnlyRetryableFailures_run_stopsAfterMaxAttemptsWithTheLastFailure() {
        assertThatThrownBy(() -> policy.run(() -> {
            throw new SourceException("yahoo", "HTTP 503 #" + attempts.incrementAndGet(), true);
        }, new Random(7), sleeper)).isInstanceOf(SourceException.class).hasMessage("yahoo: HTTP 503 #3");

        assertThat(attempts).hasValue(3);
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void givenNonRetryableFailure_run_doesNotRetry() {
        assertThatThrownBy(() -> policy.run(() -> {
            attempts.incrementAndGet();
            throw new SourceException("yahoo", "HTTP 404", false);
        }, new Random(7), sleeper)).hasMessage("yahoo: HTTP 404");

        assertThat(attempts).hasValue(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void givenManyRetries_delayBefore_staysWithinTheExponentialCeilingAndTheMaximum() {
        var random = new Random(42);
        for (int i = 0; i < 1_000; i++) {
            assertThat(policy.delayBefore(1, random)).isBetween(Duration.ZERO, Duration.ofMillis(200));
            assertThat(policy.delayBefore(2, random)).isBetween(Duration.ZERO, Duration.ofMillis(400));
            assertThat(policy.delayBefore(5, random)).isBetween(Duration.ZERO, Duration.ofSeconds(2));
            assertThat(policy.delayBefore(80, random)).isBetween(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    @Test
    void givenManyRetries_delayBefore_isJittered() {
        var random = new Random(42);

        var delays = java.util.stream.IntStream.range(0, 100).mapToObj(i -> policy.delayBefore(3, random)).distinct();

        assertThat(delays.count()).isGreaterThan(50);
    }

    @Test
    void givenZeroDelays_delayBefore_isZero() {
        var noWait = new RetryPolicy(3, Duration.ZERO, Duration.ZERO);

        assertThat(noWait.delayBefore(2, new Random())).isZero();
    }
}
