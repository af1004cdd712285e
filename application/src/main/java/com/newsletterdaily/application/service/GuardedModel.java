package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.out.Draft;
import com.newsletterdaily.application.port.out.ModelCall;
import com.newsletterdaily.application.port.out.ModelException;
import com.newsletterdaily.application.port.out.SectionRequest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Calls one provider behind its circuit breaker, retrying retryable failures after the provider's Retry-After (or
 * an exponential backoff from one second), each wait capped; every failed attempt is reported as a model call.
 */
final class GuardedModel {

    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    private final ModelChoice choice;
    private final CircuitBreaker breaker;
    private final WritingSettings.Reliability reliability;
    private final Consumer<ModelCall> calls;
    private final Clock clock;
    private final RetryPolicy.Sleeper sleeper;

    GuardedModel(ModelChoice choice, WritingSettings.Reliability reliability, Consumer<ModelCall> calls, Clock clock,
                 RetryPolicy.Sleeper sleeper) {
        this.choice = choice;
        this.breaker = new CircuitBreaker(reliability.breakerThreshold(), reliability.breakerOpenFor(), clock);
        this.reliability = reliability;
        this.calls = calls;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    ModelChoice choice() {
        return choice;
    }

    /** The provider's draft, or empty when its breaker is open or it failed for good. */
    Optional<Draft> write(SectionRequest request) {
        if (!breaker.tryAcquire()) {
            return Optional.empty();
        }
        for (int attempt = 1; ; attempt++) {
            Instant start = clock.instant();
            try {
                var draft = choice.model().write(request);
                breaker.onSuccess();
                return Optional.of(draft);
            } catch (ModelException e) {
                calls.accept(failed(request, start, e.getMessage()));
                if (!e.kind().retryable() || attempt >= reliability.maxAttempts() || !waitBefore(attempt, e)) {
                    breaker.onFailure();
                    return Optional.empty();
                }
            } catch (RuntimeException e) {
                calls.accept(failed(request, start, "unexpected " + e));
                breaker.onFailure();
                return Optional.empty();
            }
        }
    }

    /** The wait before the next attempt: Retry-After when given, else 1 s doubling; never more than maxBackoff. */
    Duration backoff(int attempt, ModelException failure) {
        var wanted = failure.retryAfter()
                .orElse(FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 20)));
        return wanted.compareTo(reliability.maxBackoff()) > 0 ? reliability.maxBackoff() : wanted;
    }

    private boolean waitBefore(int attempt, ModelException failure) {
        try {
            sleeper.sleep(backoff(attempt, failure));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private ModelCall failed(SectionRequest request, Instant start, String reason) {
        var latency = Duration.between(start, clock.instant());
        return new ModelCall(start, choice.name(), choice.model().model(), 0, 0, BigDecimal.ZERO,
                latency.isNegative() ? Duration.ZERO : latency, false, false,
                reason == null || reason.isBlank() ? "failed" : reason, request.editionDate(), request.kind());
    }
}
