package com.newsletterdaily.adapters.redis;

import io.lettuce.core.RedisURI;

import java.time.Duration;
import java.util.Objects;

/**
 * Where Redis is and how long to wait for it: {@code redis://[:password@]host:port[/db]} or {@code rediss://}.
 *
 * @param uri            the server address, possibly with a password and a database index
 * @param commandTimeout the longest a command (and the connect handshake) may wait for an answer
 * @param connectTimeout the longest a TCP connect may take
 * @param keyPrefix      prepended to every key this application writes
 */
public record RedisSettings(String uri, Duration commandTimeout, Duration connectTimeout, String keyPrefix) {

    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofMillis(500);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(1);
    public static final String DEFAULT_KEY_PREFIX = "nd:";

    public RedisSettings {
        Objects.requireNonNull(uri, "uri");
        if (!uri.startsWith("redis://") && !uri.startsWith("rediss://")) {
            throw new IllegalArgumentException("Redis URI must start with redis:// or rediss://, got: " + redact(uri));
        }
        try {
            RedisURI.create(uri);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad Redis URI: " + redact(uri));
        }
        requirePositive(commandTimeout, "commandTimeout");
        requirePositive(connectTimeout, "connectTimeout");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
    }

    /** Settings with the default timeouts and key prefix. */
    public static RedisSettings of(String uri) {
        return new RedisSettings(uri, DEFAULT_COMMAND_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, DEFAULT_KEY_PREFIX);
    }

    public RedisSettings withCommandTimeout(Duration commandTimeout) {
        return new RedisSettings(uri, commandTimeout, connectTimeout, keyPrefix);
    }

    public RedisSettings withConnectTimeout(Duration connectTimeout) {
        return new RedisSettings(uri, commandTimeout, connectTimeout, keyPrefix);
    }

    public RedisSettings withKeyPrefix(String keyPrefix) {
        return new RedisSettings(uri, commandTimeout, connectTimeout, keyPrefix);
    }

    /** The address for logs and health checks: scheme, host, port and database, never credentials. */
    public String describe() {
        var parsed = RedisURI.create(uri);
        return (parsed.isSsl() ? "rediss://" : "redis://") + parsed.getHost() + ":" + parsed.getPort() + "/"
                + parsed.getDatabase();
    }

    @Override
    public String toString() {
        return "RedisSettings[" + describe() + ", commandTimeout=" + commandTimeout + ", connectTimeout="
                + connectTimeout + ", keyPrefix=" + keyPrefix + "]";
    }

    /** The Lettuce URI, with the command timeout as its default timeout. */
    RedisURI toRedisUri() {
        var parsed = RedisURI.create(uri);
        parsed.setTimeout(commandTimeout);
        return parsed;
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + duration);
        }
    }

    private static String redact(String uri) {
        return uri.replaceFirst("//[^@/]*@", "//***@");
    }
}
