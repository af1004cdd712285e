package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.out.SourceException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallTimeoutTest {

    @Test
    void givenQuickCall_call_answers() {
        assertThat(CallTimeout.call("yahoo", Duration.ofSeconds(1), () -> "quote")).isEqualTo("quote");
    }

    @Test
    void givenSlowCall_call_givesUpRetryablyAndInterruptsIt() throws InterruptedException {
        var interrupted = new CountDownLatch(1);
        long start = System.nanoTime();

        assertThatThrownBy(() -> CallTimeout.call("yahoo", Duration.ofMillis(50), () -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "too late";
        })).isInstanceOfSatisfying(SourceException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.source()).isEqualTo("yahoo");
            assertThat(e).hasMessage("yahoo: timed out after 50 ms");
        });

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(interrupted.await(2, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void givenFailingCall_call_passesTheFailureOn() {
        assertThatThrownBy(() -> CallTimeout.call("yahoo", Duration.ofSeconds(1), () -> {
            throw new SourceException("yahoo", "HTTP 500", true);
        })).isInstanceOf(SourceException.class).hasMessage("yahoo: HTTP 500");
        assertThatThrownBy(() -> CallTimeout.call("yahoo", Duration.ofSeconds(1), () -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givenWholeSeconds_readable_saysSeconds() {
        assertThat(CallTimeout.readable(Duration.ofSeconds(5))).isEqualTo("5 s");
        assertThat(CallTimeout.readable(Duration.ofMillis(1500))).isEqualTo("1500 ms");
    }
}
