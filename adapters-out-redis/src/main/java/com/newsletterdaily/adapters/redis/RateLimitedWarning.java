package com.newsletterdaily.adapters.redis;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** Logs a warning at most once per interval and counts the ones it held back, so an outage cannot flood the log. */
final class RateLimitedWarning {

    private final System.Logger logger;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong nextAllowed;
    private final AtomicLong suppressed = new AtomicLong();

    RateLimitedWarning(System.Logger logger, Duration interval, LongSupplier nanoTime) {
        this.logger = logger;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
        this.nextAllowed = new AtomicLong(nanoTime.getAsLong());
    }

    /** Logs {@code message} unless a warning was logged within the interval; returns whether it logged. */
    boolean warn(String message) {
        long now = nanoTime.getAsLong();
        long allowed = nextAllowed.get();
        if (now - allowed < 0 || !nextAllowed.compareAndSet(allowed, now + intervalNanos)) {
            suppressed.incrementAndGet();
            return false;
        }
        long held = suppressed.getAndSet(0);
        logger.log(Level.WARNING, held == 0 ? message : message + " (" + held + " similar warnings suppressed)");
        return true;
    }
}
