package com.newsletterdaily.adapters.llm;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach one configured model: its name, API type, model id, endpoint, key (read by the caller from an
 * environment variable; masked in {@link #toString()}), per-call timeout, output-token cap and temperature.
 */
public record ProviderSettings(String name, ProviderType type, String model, Optional<String> baseUrl,
                               Optional<String> apiKey, Duration timeout, int maxTokens, double temperature) {

    public ProviderSettings {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a provider needs a name");
        }
        Objects.requireNonNull(type, "type");
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("provider " + name + " needs a model");
        }
        baseUrl = baseUrl == null ? Optional.empty() : baseUrl.filter(url -> !url.isBlank());
        apiKey = apiKey == null ? Optional.empty() : apiKey.filter(key -> !key.isBlank());
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("provider " + name + " needs a positive timeout");
        }
        if (maxTokens <= 0) {
            throw new IllegalArgumentException("provider " + name + " needs a positive maxTokens");
        }
        if (temperature < 0 || temperature > 2) {
            throw new IllegalArgumentException("provider " + name + " temperature must be within 0..2");
        }
    }

    /** The configured endpoint, or the provider's public one. */
    public String baseUrlOrDefault() {
        return baseUrl.orElse(type.defaultBaseUrl());
    }

    @Override
    public String toString() {
        return "ProviderSettings[name=%s, type=%s, model=%s, baseUrl=%s, apiKey=%s, timeout=%s, maxTokens=%d, temperature=%s]"
                .formatted(name, type, model, baseUrlOrDefault(), apiKey.isPresent() ? "****" : "none", timeout,
                        maxTokens, temperature);
    }
}
