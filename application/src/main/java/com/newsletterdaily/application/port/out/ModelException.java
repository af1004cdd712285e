package com.newsletterdaily.application.port.out;

import java.time.Duration;
import java.util.Optional;

/** A provider failed to draft a section; {@link Kind} tells the caller whether trying again may help. */
public class ModelException extends RuntimeException {

    /** Why the provider failed. */
    public enum Kind {
        /** 401/403: wrong or missing key. Not retried. */
        AUTHENTICATION(false),
        /** 429: retried after the provider's Retry-After, if any. */
        RATE_LIMITED(true),
        /** 5xx or connection failure. */
        UNAVAILABLE(true),
        TIMEOUT(true),
        /** Other 4xx: the request itself is wrong, e.g. unknown model. Not retried. */
        REJECTED(false),
        /** The answer stayed malformed or off-schema after the repair attempt. Not retried. */
        MALFORMED_OUTPUT(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private final String provider;
    private final Kind kind;
    private final Duration retryAfter;

    public ModelException(String provider, Kind kind, String reason, Duration retryAfter, Throwable cause) {
        super(provider + " " + kind.name().toLowerCase().replace('_', ' ') + ": " + reason, cause);
        this.provider = provider;
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public ModelException(String provider, Kind kind, String reason) {
        this(provider, kind, reason, null, null);
    }

    public String provider() {
        return provider;
    }

    public Kind kind() {
        return kind;
    }

    /** How long the provider asked us to wait before trying again (HTTP Retry-After), when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
