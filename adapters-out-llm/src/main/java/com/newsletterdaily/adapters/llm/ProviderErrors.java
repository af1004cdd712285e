package com.newsletterdaily.adapters.llm;

import com.newsletterdaily.application.port.out.ModelException;
import com.newsletterdaily.application.port.out.ModelException.Kind;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * Maps what a LangChain4j chat model throws to a {@link ModelException}: the HTTP status when one is in the cause
 * chain, else LangChain4j's exception type; anything else (connection refused, an unreadable 200 body) is
 * {@link Kind#UNAVAILABLE}, since the provider, not the model's writing, failed.
 */
final class ProviderErrors {

    private static final int BODY_CAP = 500;

    private ProviderErrors() {
    }

    /** @param secret the API key, masked wherever a provider echoes it (Gemini does, in its 400 answer) */
    static ModelException map(String provider, RuntimeException failure, Optional<String> secret) {
        Duration retryAfter = null;
        HttpException http = null;
        boolean timedOut = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ProviderHttpException withHeaders && retryAfter == null) {
                retryAfter = withHeaders.retryAfter().orElse(null);
            }
            if (cause instanceof HttpException found && http == null) {
                http = found;
            }
            timedOut |= cause instanceof TimeoutException || cause instanceof HttpTimeoutException;
        }
        if (http != null) {
            var kind = byStatus(http.statusCode(), String.valueOf(http.getMessage()));
            var answer = new ProviderAnswer(http.statusCode(), mask(http.getMessage(), secret));
            return new ModelException(provider, kind, "HTTP " + http.statusCode(),
                    kind == Kind.RATE_LIMITED ? retryAfter : null, answer);
        }
        var kind = timedOut ? Kind.TIMEOUT : byType(failure);
        return new ModelException(provider, kind, failure.getClass().getSimpleName() + ": "
                + mask(failure.getMessage(), secret), null, failure);
    }

    private static Kind byStatus(int status, String body) {
        if (status == 401 || status == 403 || (status == 400 && body.contains("API_KEY_INVALID"))) {
            return Kind.AUTHENTICATION;
        }
        if (status == 408) {
            return Kind.TIMEOUT;
        }
        if (status == 429) {
            return Kind.RATE_LIMITED;
        }
        return status >= 400 && status < 500 ? Kind.REJECTED : Kind.UNAVAILABLE;
    }

    private static Kind byType(RuntimeException failure) {
        return switch (failure) {
            case AuthenticationException e -> Kind.AUTHENTICATION;
            case RateLimitException e -> Kind.RATE_LIMITED;
            case TimeoutException e -> Kind.TIMEOUT;
            case InternalServerException e -> Kind.UNAVAILABLE;
            case InvalidRequestException e -> Kind.REJECTED; // includes ContentFilteredException
            case ModelNotFoundException e -> Kind.REJECTED;
            default -> Kind.UNAVAILABLE;
        };
    }

    private static String mask(String text, Optional<String> secret) {
        var masked = secret.map(key -> String.valueOf(text).replace(key, "****")).orElse(String.valueOf(text));
        return masked.length() > BODY_CAP ? masked.substring(0, BODY_CAP) + "…" : masked;
    }

    /**
     * The provider's error answer, kept as the cause with the key masked and the length capped, in place of
     * LangChain4j's exception whose message is the raw body.
     */
    static final class ProviderAnswer extends RuntimeException {

        ProviderAnswer(int status, String body) {
            super("HTTP " + status + ": " + body, null, false, false);
        }
    }
}
