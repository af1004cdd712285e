package com.newsletterdaily.adapters.feeds;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach one HTTP source: its base URL, the time a whole request may take, an optional API key (taken from the
 * environment by the caller and never logged), the largest body it may answer and the User-Agent to send.
 */
public record SourceSettings(URI baseUrl, Duration timeout, Optional<String> apiKey, long maxBodyBytes,
                             String userAgent) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;
    public static final String DEFAULT_USER_AGENT = "Mozilla/5.0 (compatible; NewsletterDaily/0.1)";

    public SourceSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.isAbsolute() || !(baseUrl.getScheme().equals("http") || baseUrl.getScheme().equals("https"))) {
            throw new IllegalArgumentException("base URL must be absolute http(s): " + baseUrl);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        apiKey = Objects.requireNonNullElse(apiKey, Optional.<String>empty()).filter(k -> !k.isBlank());
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
    }

    /** Settings with the defaults: 10 s timeout, no API key, 2 MiB body cap. */
    public static SourceSettings of(String baseUrl) {
        return new SourceSettings(URI.create(baseUrl), DEFAULT_TIMEOUT, Optional.empty(), DEFAULT_MAX_BODY_BYTES,
                DEFAULT_USER_AGENT);
    }

    public SourceSettings withTimeout(Duration timeout) {
        return new SourceSettings(baseUrl, timeout, apiKey, maxBodyBytes, userAgent);
    }

    /** A blank or null key means none, so {@code withApiKey(System.getenv("..."))} is safe. */
    public SourceSettings withApiKey(String apiKey) {
        return new SourceSettings(baseUrl, timeout, Optional.ofNullable(apiKey), maxBodyBytes, userAgent);
    }

    public SourceSettings withMaxBodyBytes(long maxBodyBytes) {
        return new SourceSettings(baseUrl, timeout, apiKey, maxBodyBytes, userAgent);
    }

    public SourceSettings withUserAgent(String userAgent) {
        return new SourceSettings(baseUrl, timeout, apiKey, maxBodyBytes, userAgent);
    }

    @Override
    public String toString() {
        return "SourceSettings[baseUrl=" + baseUrl + ", timeout=" + timeout + ", apiKey="
                + (apiKey.isPresent() ? "***" : "none") + ", maxBodyBytes=" + maxBodyBytes + "]";
    }
}
