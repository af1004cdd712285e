package com.newsletterdaily.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Stops calling a source that keeps failing: closed until {@code failureThreshold} consecutive failures, then open
 * for {@code openFor}, then half-open letting one trial call through whose outcome closes or re-opens it.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final Duration openFor;
    private final Clock clock;
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private Instant openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration openFor, Clock clock) {
        if (failureThreshold < 1 || openFor.isNegative()) {
            throw new IllegalArgumentException("need failureThreshold >= 1 and openFor >= 0: "
                    + failureThreshold + ", " + openFor);
        }
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether a call may go ahead now; a caller that is let through must report its outcome. */
    public synchronized boolean tryAcquire() {
        State current = state();
        if (current == State.HALF_OPEN && !trialInFlight) {
            trialInFlight = true;
            return true;
        }
        return current == State.CLOSED;
    }

    public synchronized void onSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    public synchronized void onFailure() {
        consecutiveFailures++;
        if (state() == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = clock.instant();
            trialInFlight = false;
        }
    }

    public synchronized State state() {
        if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(openFor))) {
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        return state;
    }
}
