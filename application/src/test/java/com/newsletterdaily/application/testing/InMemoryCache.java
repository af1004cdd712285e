package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.Cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A cache in a map, for tests; it passes the same contract as the Redis one and counts its reads. */
public final class InMemoryCache implements Cache {

    private record Entry(String value, Instant expiresAt) {
    }

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final Clock clock;

    public InMemoryCache() {
        this(Clock.systemUTC());
    }

    public InMemoryCache(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<String> get(String key) {
        var entry = entries.get(key);
        if (entry == null || !entry.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        hits.incrementAndGet();
        return Optional.of(entry.value());
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        entries.put(key, new Entry(value, clock.instant().plus(ttl)));
    }

    @Override
    public void evict(String key) {
        entries.remove(key);
    }

    public int hits() {
        return hits.get();
    }
}
