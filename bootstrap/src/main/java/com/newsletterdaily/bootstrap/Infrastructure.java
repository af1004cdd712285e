package com.newsletterdaily.bootstrap;

import com.newsletterdaily.adapters.postgres.DatabaseSettings;
import com.newsletterdaily.adapters.postgres.EmbeddedPostgresServer;
import com.newsletterdaily.adapters.postgres.PostgresDatabase;
import com.newsletterdaily.adapters.redis.EmbeddedRedisServer;
import com.newsletterdaily.adapters.redis.RedisConnection;
import com.newsletterdaily.adapters.redis.RedisSettings;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The PostgreSQL database and Redis the service runs on: the configured servers, or embedded ones keeping their
 * data under the data directory when no URL is configured. Closing it closes everything it opened, newest first.
 */
final class Infrastructure implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Infrastructure.class.getName());

    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private final PostgresDatabase database;
    private final RedisConnection redis;

    private Infrastructure(Settings settings) {
        try {
            this.database = open(new PostgresDatabase(databaseSettings(settings)));
            LOG.log(Level.INFO, "Using PostgreSQL " + database.describe());
            this.redis = open(new RedisConnection(redisSettings(settings)));
            LOG.log(Level.INFO, "Using Redis " + redis.describe());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Opens the database and Redis; migrates the database, recording rather than throwing a failure. */
    static Infrastructure start(Settings settings) {
        var infrastructure = new Infrastructure(settings);
        infrastructure.database.migrate();
        return infrastructure;
    }

    PostgresDatabase database() {
        return database;
    }

    RedisConnection redis() {
        return redis;
    }

    private DatabaseSettings databaseSettings(Settings settings) {
        DatabaseSettings base = settings.databaseUrl()
                .map(DatabaseSettings::fromUrl)
                .orElseGet(() -> {
                    var dir = settings.dataDir().resolve("postgres");
                    LOG.log(Level.INFO, "No DATABASE_URL: starting embedded PostgreSQL with its data in " + dir);
                    return open(EmbeddedPostgresServer.start(dir, settings.embeddedPostgresPort(), false)).settings();
                });
        return base.withMaximumPoolSize(settings.databasePoolSize())
                .withConnectionTimeout(settings.databaseConnectionTimeout());
    }

    private RedisSettings redisSettings(Settings settings) {
        String uri = settings.redisUrl().orElseGet(() -> {
            var dir = settings.dataDir().resolve("redis");
            LOG.log(Level.INFO, "No REDIS_URL: starting embedded Redis with its data in " + dir);
            return open(EmbeddedRedisServer.start(dir, settings.embeddedRedisPort())).uri();
        });
        return new RedisSettings(uri, settings.redisCommandTimeout(), settings.redisConnectTimeout(),
                settings.redisKeyPrefix());
    }

    private <T extends AutoCloseable> T open(T resource) {
        opened.push(resource);
        return resource;
    }

    @Override
    public void close() {
        while (!opened.isEmpty()) {
            var resource = opened.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "closing " + resource.getClass().getSimpleName() + " failed", e);
            }
        }
    }

    boolean isMigrated() {
        return database.migrationStatus().isMigrated();
    }
}
