package com.newsletterdaily.application.service;

import com.newsletterdaily.application.service.CircuitBreaker.State;
import com.newsletterdaily.application.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CircuitBreakerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T20:00:00Z"));
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(60), clock);

    @Test
    void givenFewerFailuresThanTheThreshold_tryAcquire_staysClosed() {
        breaker.onFailure();
        breaker.onFailure();

        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void givenASuccessBetweenFailures_onFailure_countsOnlyConsecutiveOnes() {
        breaker.onFailure();
        breaker.onFailure();
        breaker.onSuccess();
        breaker.onFailure();
        breaker.onFailure();

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void givenThresholdConsecutiveFailures_tryAcquire_refusesWhileOpen() {
        failThreeTimes();

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        clock.advance(Duration.ofSeconds(59));
        assertThat(breaker.tryAcquire()).isFalse();
    }

    @Test
    void givenOpenForElapsed_tryAcquire_letsExactlyOneTrialThrough() {
        failThreeTimes();
        clock.advance(Duration.ofSeconds(60));

        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.tryAcquire()).isFalse();
    }

    @Test
    void givenTrialSucceeds_onSuccess_closesTheBreaker() {
        failThreeTimes();
        clock.advance(Duration.ofSeconds(60));
        breaker.tryAcquire();

        breaker.onSuccess();

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void givenTrialFails_onFailure_opensAgainForAnotherPeriod() {
        failThreeTimes();
        clock.advance(Duration.ofSeconds(60));
        breaker.tryAcquire();

        breaker.onFailure();

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        clock.advance(Duration.ofSeconds(59));
        assertThat(breaker.tryAcquire()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(breaker.tryAcquire()).isTrue();
    }

    private void failThreeTimes() {
        for (int i = 0; i < 3; i++) {
            assertThat(breaker.tryAcquire()).isTrue();
            breaker.onFailure();
        }
    }
}
