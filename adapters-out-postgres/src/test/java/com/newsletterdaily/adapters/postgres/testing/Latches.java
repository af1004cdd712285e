package com.newsletterdaily.adapters.postgres.testing;

import java.util.concurrent.CountDownLatch;

/** Waiting on a start signal inside a worker thread, where a checked exception cannot go. */
public final class Latches {

    private Latches() {
    }

    /** Waits for {@code latch} to open; an interrupt is kept and surfaces as an unchecked exception. */
    public static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
