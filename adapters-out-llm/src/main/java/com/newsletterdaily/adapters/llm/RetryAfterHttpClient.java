package com.newsletterdaily.adapters.llm;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * An HTTP client for LangChain4j over the JDK one, like its own {@code JdkHttpClient} (used here for streaming),
 * except that a non-2xx answer is thrown as a {@link ProviderHttpException}
 * carrying the provider's Retry-After (or OpenAI's retry-after-ms) header, which LangChain4j would drop.
 */
final class RetryAfterHttpClient implements HttpClient {

    private final java.net.http.HttpClient http;
    private final Duration readTimeout;
    private final HttpClient streaming;

    private RetryAfterHttpClient(Builder builder) {
        var http = java.net.http.HttpClient.newBuilder();
        Optional.ofNullable(builder.connectTimeout).ifPresent(http::connectTimeout);
        this.http = http.build();
        this.readTimeout = builder.readTimeout;
        this.streaming = JdkHttpClient.builder().connectTimeout(builder.connectTimeout).readTimeout(readTimeout).build();
    }

    static Builder builder() {
        return new Builder();
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        try {
            var response = http.send(toJdk(request), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() < 200 || response.statusCode() > 299) {
                throw new ProviderHttpException(response.statusCode(), response.body(), retryAfter(response).orElse(null));
            }
            return SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                    .headers(response.headers().map()).body(response.body()).build();
        } catch (HttpTimeoutException e) {
            throw new TimeoutException(e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + request.url() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling " + request.url(), e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        streaming.execute(request, parser, listener);
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        var builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
        request.headers().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        var body = request.body() == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body());
        builder.method(request.method().name(), body);
        Optional.ofNullable(readTimeout).ifPresent(builder::timeout);
        return builder.build();
    }

    /** Retry-After in seconds or as an HTTP date; OpenAI also sends retry-after-ms. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        var millis = response.headers().firstValue("retry-after-ms").flatMap(RetryAfterHttpClient::number);
        if (millis.isPresent()) {
            return millis.map(value -> Duration.ofMillis(Math.round(value)));
        }
        return response.headers().firstValue("retry-after").flatMap(RetryAfterHttpClient::parseRetryAfter);
    }

    static Optional<Duration> parseRetryAfter(String value) {
        var seconds = number(value);
        if (seconds.isPresent()) {
            return seconds.map(s -> Duration.ofMillis(Math.round(s * 1000)));
        }
        try {
            var at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            var wait = Duration.between(Instant.now(), at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> number(String value) {
        try {
            double parsed = Double.parseDouble(value.strip());
            return parsed >= 0 && Double.isFinite(parsed) ? Optional.of(parsed) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** What LangChain4j's chat models configure: connect and read timeouts. */
    static final class Builder implements HttpClientBuilder {

        private Duration connectTimeout;
        private Duration readTimeout;

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        @Override
        public HttpClient build() {
            return new RetryAfterHttpClient(this);
        }
    }
}
