package com.newsletterdaily.adapters.redis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedRedisServerTest {

    @TempDir
    Path dataDir;

    @Test
    void givenValueWritten_restartOnTheSameDirectory_keepsIt() {
        int port;
        try (var server = EmbeddedRedisServer.start(dataDir, 0);
             var redis = new RedisConnection(RedisSettings.of(server.uri()))) {
            port = server.port();
            assertThat(server.uri()).isEqualTo("redis://127.0.0.1:" + port + "/0");
            redis.sync(c -> c.set("nd:kept", "across restarts ✓"));
        }

        try (var server = EmbeddedRedisServer.start(dataDir, port);
             var redis = new RedisConnection(RedisSettings.of(server.uri()))) {
            String kept = redis.sync(c -> c.get("nd:kept"));

            assertThat(kept).isEqualTo("across restarts ✓");
        }
    }

    @Test
    void givenPortZero_start_picksAFreePortOnLoopback() {
        try (var server = EmbeddedRedisServer.start(dataDir, 0);
             var redis = new RedisConnection(RedisSettings.of(server.uri()))) {
            assertThat(server.port()).isPositive();
            assertThat(redis.ping()).isTrue();
            String bind = redis.sync(c -> c.configGet("bind").get("bind"));
            assertThat(bind).isEqualTo("127.0.0.1");
        }
    }
}
