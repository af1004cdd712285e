package com.newsletterdaily.application.port.out;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/** What the final answer for a section used: who wrote it, its tokens, its cost in USD, its latency, and if it was cached. */
public record WritingUsage(String provider, String model, int inputTokens, int outputTokens, BigDecimal cost,
                           Duration latency, boolean cacheHit) {

    public WritingUsage {
        requireText(provider, "provider");
        requireText(model, "model");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(latency, "latency");
        if (inputTokens < 0 || outputTokens < 0 || cost.signum() < 0 || latency.isNegative()) {
            throw new IllegalArgumentException("usage cannot be negative: " + inputTokens + ", " + outputTokens
                    + ", " + cost + ", " + latency);
        }
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("usage needs a " + field);
        }
    }
}
