package com.newsletterdaily.application.service;

import com.newsletterdaily.domain.newsletter.SectionKind;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How sections are written: the configured models, the ordered chain of their names (optionally one per section
 * kind), the budgets, the response cache's time to live and prompt version, and the retries and circuit breakers.
 * The offline writer need not be listed: the writing service always ends every chain with it.
 */
public record WritingSettings(List<ModelChoice> models, List<String> chain, Map<SectionKind, List<String>> chainsByKind,
                              Budgets budgets, Duration cacheTtl, String promptVersion, Reliability reliability) {

    /** Daily and monthly budgets in USD, the days and months taken in {@code zone}; zero allows no paid call. */
    public record Budgets(BigDecimal daily, BigDecimal monthly, ZoneId zone) {
        public Budgets {
            Objects.requireNonNull(daily, "daily");
            Objects.requireNonNull(monthly, "monthly");
            Objects.requireNonNull(zone, "zone");
            if (daily.signum() < 0 || monthly.signum() < 0) {
                throw new IllegalArgumentException("budgets cannot be negative: " + daily + ", " + monthly);
            }
        }
    }

    /**
     * Attempts per provider call (retrying only retryable failures), the longest wait between attempts (a longer
     * Retry-After is cut to it), and after how many failed calls a provider's breaker opens and for how long.
     */
    public record Reliability(int maxAttempts, Duration maxBackoff, int breakerThreshold, Duration breakerOpenFor) {

        public static final Reliability DEFAULT = new Reliability(3, Duration.ofSeconds(30), 3, Duration.ofMinutes(5));

        public Reliability {
            Objects.requireNonNull(maxBackoff, "maxBackoff");
            Objects.requireNonNull(breakerOpenFor, "breakerOpenFor");
            if (maxAttempts < 1 || maxBackoff.isNegative() || breakerThreshold < 1 || breakerOpenFor.isNegative()) {
                throw new IllegalArgumentException("need maxAttempts >= 1, breakerThreshold >= 1 and no negative "
                        + "durations");
            }
        }
    }

    public WritingSettings {
        models = List.copyOf(models);
        chain = List.copyOf(chain);
        var byKind = new EnumMap<SectionKind, List<String>>(SectionKind.class);
        chainsByKind.forEach((kind, names) -> byKind.put(kind, List.copyOf(names)));
        chainsByKind = Map.copyOf(byKind);
        Objects.requireNonNull(budgets, "budgets");
        Objects.requireNonNull(cacheTtl, "cacheTtl");
        Objects.requireNonNull(reliability, "reliability");
        if (promptVersion == null || promptVersion.isBlank()) {
            throw new IllegalArgumentException("writing settings need a prompt version");
        }
        if (cacheTtl.isNegative()) {
            throw new IllegalArgumentException("cacheTtl cannot be negative: " + cacheTtl);
        }
        var names = new HashSet<String>();
        for (ModelChoice model : models) {
            if (!names.add(model.name())) {
                throw new IllegalArgumentException("two models are named " + model.name());
            }
        }
    }

    /** The chain configured for a kind of section, or the default chain. */
    public List<String> chainFor(SectionKind kind) {
        return chainsByKind.getOrDefault(kind, chain);
    }

    /** These settings with another default chain and no per-kind chains: switching providers is configuration. */
    public WritingSettings withChain(String... names) {
        return new WritingSettings(models, Arrays.asList(names), Map.of(), budgets, cacheTtl, promptVersion,
                reliability);
    }
}
