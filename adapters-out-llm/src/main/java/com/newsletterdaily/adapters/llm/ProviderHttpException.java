package com.newsletterdaily.adapters.llm;

import dev.langchain4j.exception.HttpException;

import java.time.Duration;
import java.util.Optional;

/**
 * A non-2xx answer from a provider, carrying its Retry-After; LangChain4j's own {@link HttpException} keeps only
 * the status and body, and its exception mapper keeps this one as the cause of what it throws.
 */
final class ProviderHttpException extends HttpException {

    private final transient Duration retryAfter;

    ProviderHttpException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
