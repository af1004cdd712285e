package com.newsletterdaily.adapters.redis;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitedWarningTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final RateLimitedWarning warning = new RateLimitedWarning(
            System.getLogger(RateLimitedWarningTest.class.getName()), Duration.ofSeconds(30), now::get);

    @Test
    void givenManyFailuresWithinTheInterval_warn_logsOnlyTheFirst() {
        assertThat(warning.warn("down")).isTrue();
        now.addAndGet(Duration.ofSeconds(29).toNanos());

        assertThat(warning.warn("down")).isFalse();
        assertThat(warning.warn("down")).isFalse();
    }

    @Test
    void givenTheIntervalPassed_warn_logsAgain() {
        warning.warn("down");
        now.addAndGet(Duration.ofSeconds(30).toNanos());

        assertThat(warning.warn("down")).isTrue();
    }
}
