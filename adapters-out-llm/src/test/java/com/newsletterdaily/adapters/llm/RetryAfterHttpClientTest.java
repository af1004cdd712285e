package com.newsletterdaily.adapters.llm;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterHttpClientTest {

    @Test
    void givenSeconds_parseRetryAfter_returnsThem() {
        assertThat(RetryAfterHttpClient.parseRetryAfter("7")).contains(Duration.ofSeconds(7));
        assertThat(RetryAfterHttpClient.parseRetryAfter("1.5")).contains(Duration.ofMillis(1500));
    }

    @Test
    void givenHttpDate_parseRetryAfter_returnsTheWaitUntilThen() {
        var in30s = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30));

        assertThat(RetryAfterHttpClient.parseRetryAfter(in30s)).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30)));
    }

    @Test
    void givenGarbageOrNegative_parseRetryAfter_isEmpty() {
        assertThat(RetryAfterHttpClient.parseRetryAfter("soon")).isEmpty();
        assertThat(RetryAfterHttpClient.parseRetryAfter("-3")).isEmpty();
    }
}
