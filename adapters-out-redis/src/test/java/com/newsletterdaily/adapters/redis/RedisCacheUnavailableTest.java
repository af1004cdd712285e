package com.newsletterdaily.adapters.redis;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class RedisCacheUnavailableTest {

    @Test
    void givenNothingListening_twentyGets_answerEmptyWithoutThrowing() throws IOException {
        try (var redis = new RedisConnection(RedisSettings.of("redis://127.0.0.1:" + closedPort() + "/0"))) {
            var cache = new RedisCache(redis);

            var answers = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> twentyGets(cache));

            assertThat(answers).hasSize(20).allMatch(Optional::isEmpty);
        }
    }

    @Test
    void givenNothingListening_putAndEvict_doNothing() throws IOException {
        try (var redis = new RedisConnection(RedisSettings.of("redis://127.0.0.1:" + closedPort() + "/0"))) {
            var cache = new RedisCache(redis);

            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                cache.put("k", "v", Duration.ofMinutes(1));
                cache.evict("k");
            });
        }
    }

    @Test
    void givenNothingListening_ping_isFalseAndSyncSaysUnavailable() throws IOException {
        try (var redis = new RedisConnection(RedisSettings.of("redis://127.0.0.1:" + closedPort() + "/0"))) {
            assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), redis::ping)).isFalse();
            assertThatThrownBy(() -> redis.sync(c -> c.get("k")))
                    .isInstanceOf(RedisUnavailableException.class)
                    .hasMessageContaining("127.0.0.1");
        }
    }

    @Test
    void givenServerThatNeverAnswers_twentyGets_answerEmptyWithoutHanging() throws IOException {
        try (var silent = new SilentServer();
             var redis = new RedisConnection(RedisSettings.of("redis://127.0.0.1:" + silent.port() + "/0"))) {
            var cache = new RedisCache(redis);

            var answers = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> twentyGets(cache));

            assertThat(answers).hasSize(20).allMatch(Optional::isEmpty);
            assertThat(silent.accepted()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void givenServerThatNeverAnswers_ping_isFalse() throws IOException {
        try (var silent = new SilentServer();
             var redis = new RedisConnection(RedisSettings.of("redis://127.0.0.1:" + silent.port() + "/0"))) {
            assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), redis::ping)).isFalse();
        }
    }

    @Test
    void givenClosedConnection_sync_saysUnavailable() throws IOException {
        var redis = new RedisConnection(RedisSettings.of("redis://127.0.0.1:" + closedPort() + "/0"));
        redis.close();

        assertThatThrownBy(() -> redis.sync(c -> c.get("k"))).isInstanceOf(RedisUnavailableException.class)
                .hasMessageContaining("closed");
        assertThat(new RedisCache(redis).get("k")).isEmpty();
    }

    private static List<Optional<String>> twentyGets(RedisCache cache) {
        var answers = new ArrayList<Optional<String>>();
        for (int i = 0; i < 20; i++) {
            answers.add(cache.get("edition:" + i));
        }
        return answers;
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Accepts connections and never answers: a Redis that is up but stuck. */
    private static final class SilentServer implements AutoCloseable {

        private final ServerSocket socket;
        private final List<Socket> clients = new CopyOnWriteArrayList<>();

        SilentServer() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofPlatform().daemon().name("silent-redis").start(this::acceptForever);
        }

        int port() {
            return socket.getLocalPort();
        }

        int accepted() {
            return clients.size();
        }

        private void acceptForever() {
            while (!socket.isClosed()) {
                try {
                    clients.add(socket.accept());
                } catch (IOException e) {
                    return;
                }
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
                for (var client : clients) {
                    client.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
