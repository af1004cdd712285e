package com.newsletterdaily.adapters.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The one Lettuce client and connection of the process, connected lazily and failing fast rather than waiting.
 *
 * <p>Until the first connect succeeds, at most one caller tries it per {@code connectRetryInterval}; every other
 * caller fails at once. Once connected, Lettuce reconnects by itself and rejects commands while disconnected.
 */
public final class RedisConnection implements AutoCloseable {

    static final Duration DEFAULT_CONNECT_RETRY_INTERVAL = Duration.ofSeconds(2);

    private final RedisSettings settings;
    private final long connectRetryNanos;
    private final ClientResources resources;
    private final RedisClient client;
    private final ReentrantLock connecting = new ReentrantLock();
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile long nextConnectAttempt = System.nanoTime();
    private volatile boolean closed;

    public RedisConnection(RedisSettings settings) {
        this(settings, DEFAULT_CONNECT_RETRY_INTERVAL);
    }

    RedisConnection(RedisSettings settings, Duration connectRetryInterval) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.connectRetryNanos = connectRetryInterval.toNanos();
        this.resources = ClientResources.builder()
                .ioThreadPoolSize(2)
                .computationThreadPoolSize(2)
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(2), 2, TimeUnit.MILLISECONDS))
                .build();
        this.client = RedisClient.create(resources, settings.toRedisUri());
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout()))
                .socketOptions(SocketOptions.builder().connectTimeout(settings.connectTimeout()).keepAlive(true).build())
                .build());
    }

    /**
     * Runs {@code command} on the shared connection.
     *
     * @throws RedisUnavailableException when Redis is unreachable, disconnected or does not answer in time;
     *                                   a command Redis itself rejects surfaces as Lettuce's exception
     */
    public <T> T sync(Function<RedisCommands<String, String>, T> command) {
        var commands = connection().sync();
        try {
            return command.apply(commands);
        } catch (RedisCommandExecutionException e) {
            throw e;
        } catch (RedisException e) {
            throw new RedisUnavailableException("Redis at " + describe() + " did not answer: " + e.getMessage(), e);
        }
    }

    /** Whether Redis answers a PING now; never throws and waits at most about one connect plus one command timeout. */
    public boolean ping() {
        try {
            return "PONG".equalsIgnoreCase(sync(RedisCommands::ping));
        } catch (RuntimeException e) {
            return false;
        }
    }

    public RedisSettings settings() {
        return settings;
    }

    /** The address, without credentials. */
    public String describe() {
        return settings.describe();
    }

    @Override
    public void close() {
        closed = true;
        connecting.lock();
        try {
            var open = connection;
            connection = null;
            if (open != null) {
                open.close();
            }
        } finally {
            connecting.unlock();
        }
        client.shutdown(Duration.ofMillis(50), Duration.ofSeconds(2));
        resources.shutdown(50, 2000, TimeUnit.MILLISECONDS);
    }

    private StatefulRedisConnection<String, String> connection() {
        var open = connection;
        if (open != null) {
            return open;
        }
        if (closed) {
            throw new RedisUnavailableException("Redis connection to " + describe() + " is closed");
        }
        if (System.nanoTime() - nextConnectAttempt < 0 || !connecting.tryLock()) {
            throw new RedisUnavailableException("Redis at " + describe() + " is not connected; retrying later");
        }
        try {
            return connectOnce();
        } finally {
            connecting.unlock();
        }
    }

    private StatefulRedisConnection<String, String> connectOnce() {
        if (connection != null) {
            return connection;
        }
        if (closed) {
            throw new RedisUnavailableException("Redis connection to " + describe() + " is closed");
        }
        try {
            connection = client.connect();
            return connection;
        } catch (RuntimeException e) {
            nextConnectAttempt = System.nanoTime() + connectRetryNanos;
            throw new RedisUnavailableException("cannot connect to Redis at " + describe() + ": " + e.getMessage(), e);
        }
    }
}
