package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.out.SourceException;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Runs a source call on a virtual thread and gives up on it, interrupting it, when it takes too long. */
public final class CallTimeout {

    private CallTimeout() {
    }

    /** @throws SourceException retryable "timed out after ..." when {@code call} outlasts {@code timeout} */
    public static <T> T call(String source, Duration timeout, Supplier<T> call) {
        var task = new FutureTask<>(call::get);
        Thread.ofVirtual().name("source-" + source).start(task);
        try {
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new SourceException(source, "timed out after " + readable(timeout), true);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new SourceException(source, "interrupted", false, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new SourceException(source, String.valueOf(e.getCause()), false, e.getCause());
        }
    }

    static String readable(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
