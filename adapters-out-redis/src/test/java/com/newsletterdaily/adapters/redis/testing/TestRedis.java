package com.newsletterdaily.adapters.redis.testing;

import com.newsletterdaily.adapters.redis.EmbeddedRedisServer;
import com.newsletterdaily.adapters.redis.RedisConnection;
import com.newsletterdaily.adapters.redis.RedisSettings;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

/**
 * One Redis per test JVM: {@code TEST_REDIS_URL} if set, else a Testcontainers Redis if Docker runs, else an
 * embedded redis-server; {@link #cleanRedis()} empties its database before each use.
 */
public final class TestRedis {

    private static final System.Logger LOG = System.getLogger(TestRedis.class.getName());
    private static final String IMAGE = "redis:7.4-alpine";

    private static RedisSettings settings;
    private static RedisConnection admin;

    private TestRedis() {
    }

    /** Settings for the test Redis, whose database has just been emptied with FLUSHDB. */
    public static synchronized RedisSettings cleanRedis() {
        if (settings == null) {
            settings = RedisSettings.of(chooseUri()).withCommandTimeout(Duration.ofSeconds(2));
            admin = new RedisConnection(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(admin::close, "test-redis-admin-close"));
        }
        admin.sync(commands -> commands.flushdb());
        return settings;
    }

    private static String chooseUri() {
        var fromEnv = System.getenv("TEST_REDIS_URL");
        if (fromEnv != null && !fromEnv.isBlank()) {
            LOG.log(System.Logger.Level.INFO, "test Redis: TEST_REDIS_URL " + RedisSettings.of(fromEnv).describe());
            return fromEnv;
        }
        if (dockerAvailable()) {
            return startContainer();
        }
        return startEmbedded();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' Ryuk when the JVM exits
    private static String startContainer() {
        var container = new GenericContainer<>(IMAGE).withExposedPorts(6379);
        container.start();
        var uri = "redis://" + container.getHost() + ":" + container.getMappedPort(6379) + "/0";
        LOG.log(System.Logger.Level.INFO, "test Redis: Testcontainers " + IMAGE + " at " + uri);
        return uri;
    }

    private static String startEmbedded() {
        try {
            var dir = Files.createTempDirectory("nd-test-redis");
            var server = EmbeddedRedisServer.start(dir, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-redis-embedded-stop"));
            LOG.log(System.Logger.Level.INFO, "test Redis: embedded redis-server at " + server.uri());
            return server.uri();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
