package com.newsletterdaily.adapters.redis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RedisRecoveryTest {

    @TempDir
    Path dataDir;

    @Test
    void givenRedisRestartedOnTheSamePort_cache_worksAgainAfterTheOutage() {
        var server = EmbeddedRedisServer.start(dataDir, 0);
        int port = server.port();
        try (var redis = new RedisConnection(RedisSettings.of(server.uri()))) {
            var cache = new RedisCache(redis);
            cache.put("k", "before", Duration.ofMinutes(5));
            assertThat(cache.get("k")).contains("before");

            server.close();
            await().atMost(Duration.ofSeconds(5)).until(() -> cache.get("k").isEmpty());
            cache.put("k", "during", Duration.ofMinutes(5));

            server = EmbeddedRedisServer.start(dataDir, port);
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                    .until(() -> cache.get("k").isPresent());
            assertThat(cache.get("k")).contains("before");
            cache.put("k", "after", Duration.ofMinutes(5));
            assertThat(cache.get("k")).contains("after");
            assertThat(redis.ping()).isTrue();
        } finally {
            server.close();
        }
    }

    @Test
    void givenRedisAbsentAtStartUp_cache_connectsOnceItAppears() {
        var probe = EmbeddedRedisServer.start(dataDir.resolve("probe"), 0);
        int port = probe.port();
        probe.close();
        try (var redis = new RedisConnection(RedisSettings.of("redis://127.0.0.1:" + port + "/0"))) {
            var cache = new RedisCache(redis);
            assertThat(cache.get("k")).isEmpty();
            assertThat(redis.ping()).isFalse();

            try (var server = EmbeddedRedisServer.start(dataDir.resolve("late"), port)) {
                await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(redis::ping);
                cache.put("k", "v", Duration.ofMinutes(1));
                assertThat(cache.get("k")).contains("v");
            }
        }
    }
}
