package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.out.SourceException;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/** How often to try a source call and how long to wait in between: exponential backoff with full jitter. */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2));

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {

        Sleeper REAL = duration -> Thread.sleep(duration);

        void sleep(Duration duration) throws InterruptedException;
    }

    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1 || baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need maxAttempts >= 1 and 0 <= baseDelay <= maxDelay: "
                    + maxAttempts + ", " + baseDelay + ", " + maxDelay);
        }
    }

    /** A random wait in [0, min(maxDelay, baseDelay * 2^(retry - 1))] before retry number {@code retry} (1, 2, ..). */
    public Duration delayBefore(int retry, RandomGenerator random) {
        long cap = maxDelay.toMillis();
        long ceiling = Math.min(cap, baseDelay.toMillis() << Math.clamp(retry - 1, 0, 30));
        return Duration.ofMillis(ceiling == 0 ? 0 : random.nextLong(ceiling + 1));
    }

    /**
     * Runs {@code call} until it succeeds, fails with a non-retryable {@link SourceException} or has used every
     * attempt; then throws the last failure. An interrupted wait ends the retries too.
     */
    public <T> T run(Supplier<T> call, RandomGenerator random, Sleeper sleeper) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (SourceException e) {
                if (!e.retryable() || attempt >= maxAttempts) {
                    throw e;
                }
                try {
                    sleeper.sleep(delayBefore(attempt, random));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
