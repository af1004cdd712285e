package com.newsletterdaily.adapters.redis;

import com.newsletterdaily.application.port.out.Cache;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The cache in Redis under the configured key prefix; when Redis fails it answers empty, drops writes and warns
 * at most once per 30 seconds, never logging values.
 */
public final class RedisCache implements Cache {

    private static final System.Logger LOG = System.getLogger(RedisCache.class.getName());
    private static final Duration WARNING_INTERVAL = Duration.ofSeconds(30);

    private final RedisConnection redis;
    private final String prefix;
    private final RateLimitedWarning warning = new RateLimitedWarning(LOG, WARNING_INTERVAL, System::nanoTime);

    public RedisCache(RedisConnection redis) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.prefix = redis.settings().keyPrefix();
    }

    @Override
    public Optional<String> get(String key) {
        return attempt("get", c -> c.get(prefix + key));
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        Objects.requireNonNull(value, "value");
        if (ttl.toMillis() < 1) {
            throw new IllegalArgumentException("ttl must be at least 1 ms, got " + ttl);
        }
        attempt("put", c -> c.set(prefix + key, value, SetArgs.Builder.px(ttl)));
    }

    @Override
    public void evict(String key) {
        attempt("evict", c -> c.del(prefix + key));
    }

    private <T> Optional<T> attempt(String operation, Function<RedisCommands<String, String>, T> command) {
        try {
            return Optional.ofNullable(redis.sync(command));
        } catch (RuntimeException e) {
            warning.warn("Redis cache " + operation + " failed at " + redis.describe() + ", degrading to no cache: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
