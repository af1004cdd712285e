package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.DistributedLock;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** A lock within one JVM, for service tests. */
public final class InMemoryDistributedLock implements DistributedLock {

    private final Set<String> held = ConcurrentHashMap.newKeySet();

    @Override
    public <T> Optional<T> runExclusively(String name, Supplier<T> work) {
        if (!held.add(name)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.get());
        } finally {
            held.remove(name);
        }
    }

    /** Marks {@code name} as held by someone else, as if another instance were running the work. */
    public void holdElsewhere(String name) {
        held.add(name);
    }
}
