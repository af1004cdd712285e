package com.newsletterdaily.adapters.redis;

/** Redis could not answer in time: it is unreachable, reconnecting, too slow, or the connection is closed. */
public final class RedisUnavailableException extends RuntimeException {

    public RedisUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public RedisUnavailableException(String message) {
        super(message);
    }
}
