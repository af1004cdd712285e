package com.newsletterdaily.adapters.redis;

import com.newsletterdaily.adapters.redis.testing.TestRedis;
import com.newsletterdaily.application.port.out.Cache;
import com.newsletterdaily.application.testing.CacheContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RedisCacheTest extends CacheContract {

    private static RedisConnection redis;

    @BeforeAll
    static void connect() {
        redis = new RedisConnection(TestRedis.cleanRedis());
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @BeforeEach
    void flush() {
        TestRedis.cleanRedis();
    }

    @Override
    protected Cache cache() {
        return new RedisCache(redis);
    }

    @Test
    void givenPut_redis_holdsThePrefixedKeyWithATtl() {
        cache().put("edition:today", "v", Duration.ofMinutes(1));

        String stored = redis.sync(c -> c.get("nd:edition:today"));
        long ttlMillis = redis.sync(c -> c.pttl("nd:edition:today"));
        long unprefixed = redis.sync(c -> c.exists("edition:today"));

        assertThat(stored).isEqualTo("v");
        assertThat(ttlMillis).isBetween(1L, 60_000L);
        assertThat(unprefixed).isZero();
    }

    @Test
    void givenRunningRedis_ping_isTrue() {
        assertThat(redis.ping()).isTrue();
    }
}
