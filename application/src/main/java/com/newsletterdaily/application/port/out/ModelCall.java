package com.newsletterdaily.application.port.out;

import com.newsletterdaily.domain.newsletter.SectionKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One call to a writing provider as the cost ledger records it, cache hits and failures included; the cost is in
 * USD at scale 6, and {@code failure} says why a call that did not succeed failed ({@code null} when it succeeded).
 * {@code editionDate} and {@code section} are {@code null} for a call made outside an edition.
 */
public record ModelCall(Instant at, String provider, String model, int inputTokens, int outputTokens,
                        BigDecimal cost, Duration latency, boolean cacheHit, boolean succeeded, String failure,
                        LocalDate editionDate, SectionKind section) {

    public ModelCall {
        Objects.requireNonNull(at, "at");
        WritingUsage.requireText(provider, "provider");
        WritingUsage.requireText(model, "model");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(latency, "latency");
        if (inputTokens < 0 || outputTokens < 0 || cost.signum() < 0 || latency.isNegative()) {
            throw new IllegalArgumentException("a model call cannot have negative usage");
        }
        if (succeeded != (failure == null)) {
            throw new IllegalArgumentException("a model call has a failure exactly when it did not succeed");
        }
        if (failure != null && failure.isBlank()) {
            throw new IllegalArgumentException("a failed model call needs its reason");
        }
        cost = cost.setScale(6, RoundingMode.HALF_UP);
    }
}
