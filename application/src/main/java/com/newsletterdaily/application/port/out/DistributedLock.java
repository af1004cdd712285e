package com.newsletterdaily.application.port.out;

import java.util.Optional;
import java.util.function.Supplier;

/** Lets one instance of several run a piece of work at a time, coordinated through shared infrastructure. */
public interface DistributedLock {

    /**
     * Runs {@code work} while holding the lock {@code name}, or returns empty at once when another holder has it.
     * The lock is released when the work ends, and also when the holder dies.
     */
    <T> Optional<T> runExclusively(String name, Supplier<T> work);
}
