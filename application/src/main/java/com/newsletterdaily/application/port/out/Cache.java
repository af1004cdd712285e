package com.newsletterdaily.application.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * A shared cache of short strings with a time to live. It is an optimisation only: an implementation that
 * cannot reach its store answers empty and drops writes rather than failing or blocking the caller.
 */
public interface Cache {

    Optional<String> get(String key);

    void put(String key, String value, Duration ttl);

    void evict(String key);
}
