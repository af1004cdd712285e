package com.newsletterdaily.application.service;

import java.time.Duration;
import java.util.Objects;

/** How each source is guarded: its call timeout, its retries, and when its circuit breaker opens and for how long. */
public record ResilienceSettings(Duration timeout, RetryPolicy retry, int breakerThreshold, Duration openFor) {

    public static final ResilienceSettings DEFAULT =
            new ResilienceSettings(Duration.ofSeconds(5), RetryPolicy.DEFAULT, 5, Duration.ofSeconds(60));

    public ResilienceSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(openFor, "openFor");
        if (timeout.isNegative() || timeout.isZero() || breakerThreshold < 1 || openFor.isNegative()) {
            throw new IllegalArgumentException("need a positive timeout, breakerThreshold >= 1 and openFor >= 0");
        }
    }
}
