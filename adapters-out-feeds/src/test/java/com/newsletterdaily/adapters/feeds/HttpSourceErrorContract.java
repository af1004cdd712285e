package com.newsletterdaily.adapters.feeds;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.newsletterdaily.application.port.out.SourceException;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How every HTTP source fails when its server misbehaves: each way ends in a {@link SourceException} naming the source
 * with a clear reason, retryable exactly when trying again may help, never in a half-parsed answer.
 */
abstract class HttpSourceErrorContract {

    protected abstract WireMockServer server();

    /** Matches the request {@link #call} makes. */
    protected abstract MappingBuilder request();

    /** Makes one call through a source built with these settings. */
    protected abstract void call(SourceSettings settings);

    protected abstract String sourceName();

    protected abstract String contentType();

    protected abstract String malformedBody();

    private SourceSettings settings() {
        return SourceSettings.of(server().baseUrl()).withTimeout(Duration.ofSeconds(5));
    }

    private void serve(ResponseDefinitionBuilder response) {
        server().stubFor(request().willReturn(response));
    }

    private SourceException failure(ThrowingCallable call) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(SourceException.class, call);
        assertThat(thrown).as("a SourceException").isNotNull();
        assertThat(thrown.source()).isEqualTo(sourceName());
        return thrown;
    }

    @Test
    void givenMalformedBody_call_failsNotRetryableSayingMalformed() {
        serve(aResponse().withStatus(200).withHeader("Content-Type", contentType()).withBody(malformedBody()));

        var e = failure(() -> call(settings()));

        assertThat(e.getMessage()).containsIgnoringCase("malformed");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void givenHttp404_call_failsNotRetryable() {
        serve(aResponse().withStatus(404).withHeader("Content-Type", contentType()).withBody("{}"));

        var e = failure(() -> call(settings()));

        assertThat(e.getMessage()).contains("HTTP 404");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void givenHttp500_call_failsRetryable() {
        serve(aResponse().withStatus(500).withBody("oops"));

        var e = failure(() -> call(settings()));

        assertThat(e.getMessage()).contains("HTTP 500");
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void givenHttp429WithRetryAfter_call_failsRetryableQuotingRetryAfter() {
        serve(aResponse().withStatus(429).withHeader("Retry-After", "30").withBody("slow down"));

        var e = failure(() -> call(settings()));

        assertThat(e.getMessage()).contains("HTTP 429").contains("Retry-After: 30");
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void givenServerSlowerThanTheTimeout_call_failsRetryableSayingTimedOut() {
        serve(aResponse().withStatus(200).withHeader("Content-Type", contentType()).withBody(malformedBody())
                .withFixedDelay(3_000));
        long started = System.nanoTime();

        var e = failure(() -> call(settings().withTimeout(Duration.ofMillis(300))));

        assertThat(e.getMessage()).contains("timed out after 300 ms");
        assertThat(e.retryable()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void givenBodyLargerThanTheCap_call_failsNotRetryableSayingSo() {
        serve(aResponse().withStatus(200).withHeader("Content-Type", contentType()).withBody(" ".repeat(4_096)));

        var e = failure(() -> call(settings().withMaxBodyBytes(1_024)));

        assertThat(e.getMessage()).contains("body larger than 1024 bytes");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void givenStreamedBodyLargerThanTheCap_call_failsWithoutReadingItAll() {
        serve(aResponse().withStatus(200).withHeader("Content-Type", contentType()).withBody(" ".repeat(64_000))
                .withChunkedDribbleDelay(16, 200));

        var e = failure(() -> call(settings().withMaxBodyBytes(1_024)));

        assertThat(e.getMessage()).contains("body larger than 1024 bytes");
    }

    @Test
    void givenHtmlInsteadOfTheExpectedType_call_failsNotRetryableNamingTheType() {
        serve(aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<html><body>Please enable cookies</body></html>"));

        var e = failure(() -> call(settings()));

        assertThat(e.getMessage()).contains("unexpected content type text/html");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void givenNothingListening_call_failsRetryable() {
        var closed = SourceSettings.of("http://127.0.0.1:1").withTimeout(Duration.ofSeconds(2));

        var e = failure(() -> call(closed));

        assertThat(e.retryable()).isTrue();
    }
}
