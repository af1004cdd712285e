package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.out.SourceException;

import java.time.Clock;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/** Guards the calls to one named source with a circuit breaker around retries around a timeout. */
public final class SourceGuard {

    private final String source;
    private final ResilienceSettings settings;
    private final CircuitBreaker breaker;
    private final RandomGenerator random;
    private final RetryPolicy.Sleeper sleeper;

    public SourceGuard(String source, ResilienceSettings settings, Clock clock, RandomGenerator random,
                       RetryPolicy.Sleeper sleeper) {
        this.source = source;
        this.settings = settings;
        this.breaker = new CircuitBreaker(settings.breakerThreshold(), settings.openFor(), clock);
        this.random = random;
        this.sleeper = sleeper;
    }

    public String source() {
        return source;
    }

    public CircuitBreaker.State state() {
        return breaker.state();
    }

    /**
     * Calls the source; anything it throws comes out as a {@link SourceException} naming it, including
     * "circuit open" when the breaker refuses the call. A null answer counts as a failure.
     */
    public <T> T call(Supplier<T> call) {
        if (!breaker.tryAcquire()) {
            throw new SourceException(source, "circuit open", false);
        }
        boolean succeeded = false;
        try {
            T answer = settings.retry().run(() -> attempt(call), random, sleeper);
            succeeded = true;
            return answer;
        } finally {
            if (succeeded) {
                breaker.onSuccess();
            } else {
                breaker.onFailure();
            }
        }
    }

    private <T> T attempt(Supplier<T> call) {
        try {
            T answer = CallTimeout.call(source, settings.timeout(), call);
            if (answer == null) {
                throw new SourceException(source, "answered nothing", false);
            }
            return answer;
        } catch (SourceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SourceException(source, "unexpected " + e, false, e);
        }
    }

    /** The reason a source gave, without the source name the exception message starts with. */
    static String reason(SourceException e) {
        String message = String.valueOf(e.getMessage());
        String prefix = e.source() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
