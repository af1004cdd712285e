package com.newsletterdaily.bootstrap;

import com.newsletterdaily.domain.market.AssetClass;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.Symbol;
import io.helidon.config.Config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The service's own settings, read once from the configuration tree in {@link Main}. */
record Settings(Optional<String> databaseUrl, int databasePoolSize, Duration databaseConnectionTimeout,
                Optional<String> redisUrl, Duration redisCommandTimeout, Duration redisConnectTimeout,
                String redisKeyPrefix, int embeddedPostgresPort, int embeddedRedisPort, Path dataDir,
                ZoneId zone, String generateSchedule, boolean catchUp, Duration drainDelay,
                Duration responseCacheTtl, List<Symbol> overviewSymbols) {

    static Settings from(Config config) {
        var newsletter = config.get("newsletter");
        return new Settings(
                nonBlank(config.get("database.url")),
                config.get("database.pool-size").asInt().orElse(10),
                config.get("database.connection-timeout").as(Duration.class).orElse(Duration.ofSeconds(2)),
                nonBlank(config.get("redis.url")),
                config.get("redis.command-timeout").as(Duration.class).orElse(Duration.ofMillis(500)),
                config.get("redis.connect-timeout").as(Duration.class).orElse(Duration.ofSeconds(1)),
                config.get("redis.key-prefix").asString().orElse("nd:"),
                config.get("embedded.postgres-port").asInt().orElse(0),
                config.get("embedded.redis-port").asInt().orElse(0),
                Path.of(newsletter.get("data.dir").asString().orElse("./data")).toAbsolutePath().normalize(),
                ZoneId.of(newsletter.get("zone").asString().orElse("Australia/Sydney")),
                newsletter.get("generate.schedule").asString().orElse("0 0 6 * * ?"),
                newsletter.get("generate.catch-up").asBoolean().orElse(true),
                newsletter.get("shutdown.drain-delay").as(Duration.class).orElse(Duration.ofSeconds(2)),
                newsletter.get("api.response-cache-ttl").as(Duration.class).orElse(Duration.ofSeconds(30)),
                SourcesConfig.list(newsletter.get("market.overview")).stream().map(Symbol::of).toList());
    }

    private static Optional<String> nonBlank(Config node) {
        return node.asString().asOptional().map(String::strip).filter(s -> !s.isEmpty());
    }

    static List<Instrument> instruments(Config list) {
        return list.asNodeList().orElse(List.of()).stream()
                .map(node -> new Instrument(
                        Symbol.of(node.get("symbol").asString().get()),
                        node.get("name").asString().get(),
                        enumValue(node.get("class"), AssetClass.class, AssetClass.INDEX)))
                .toList();
    }

    /** The enum constant a node names, case-insensitively, with a message naming the key and the choices. */
    static <E extends Enum<E>> E enumValue(Config node, Class<E> type, E fallback) {
        var text = node.asString().orElse(fallback == null ? "" : fallback.name()).strip().toUpperCase(Locale.ROOT);
        try {
            return Enum.valueOf(type, text.replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("configuration " + node.key() + " must be one of "
                    + Arrays.toString(type.getEnumConstants()) + ", not '" + text + "'", e);
        }
    }
}
