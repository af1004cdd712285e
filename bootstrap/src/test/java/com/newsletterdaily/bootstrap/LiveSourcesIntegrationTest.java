package com.newsletterdaily.bootstrap;

import com.newsletterdaily.adapters.feeds.Fixtures;
import com.newsletterdaily.adapters.postgres.testing.TestPostgres;
import com.newsletterdaily.adapters.redis.testing.TestRedis;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.Instrument;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wired service against live sources faked by a local server speaking the real wire formats (recorded
 * payloads from shared/fixtures), with the real adapters, PostgreSQL and Redis.
 */
class LiveSourcesIntegrationTest {

    private final AtomicBoolean coinGeckoDown = new AtomicBoolean();
    private final HttpServer fake = startFakeApis();
    private final Map<String, String> settings = new HashMap<>(Map.of(
            "database.url", ServiceFixture.databaseUrl(TestPostgres.freshDatabase()),
            "redis.url", TestRedis.cleanRedis().uri(),
            "market.mode", "live",
            "market.sources.yahoo.base-url", baseUrl(),
            "market.sources.coingecko.base-url", baseUrl(),
            "market.sources.alternative-me.base-url", baseUrl(),
            "market.resilience.attempts", "1",
            "market.chains.crypto", "coingecko",
            "market.chains.crypto-market", "coingecko,offline-snapshot"));

    @AfterEach
    void stopFake() {
        fake.stop(0);
    }

    @Test
    void givenOneSourceFailingMidRun_refresh_storesTheOthersAndKeepsTheFailedKindsLastGoodValues() {
        var config = ServiceFixture.config(settings);
        try (var infrastructure = Infrastructure.start(Settings.from(config))) {
            var app = App.wire(config, Settings.from(config), infrastructure, ServiceFixture.CLOCK);
            var marketData = new com.newsletterdaily.adapters.postgres.PostgresMarketDataRepository(
                    infrastructure.database().client());
            var universe = SourcesConfig.universe(config.get("market"));

            var first = app.refreshMarketData().refresh();
            assertThat(first.failures()).isEmpty();
            assertThat(first.statusByKind()).containsEntry("quotes", DataStatus.FRESH)
                    .containsEntry("crypto", DataStatus.FRESH).containsEntry("crypto-market", DataStatus.FRESH);
            var cryptoBefore = marketData.latestQuotes(universe.crypto());
            assertThat(cryptoBefore).extracting(q -> q.provenance().source()).containsOnly("coingecko");
            assertThat(marketData.latestQuotes(List.of(instrument(universe.indices(), "^AXJO"))))
                    .singleElement().satisfies(q -> assertThat(q.provenance().source()).isEqualTo("yahoo"));

            coinGeckoDown.set(true);
            var second = app.refreshMarketData().refresh();

            assertThat(second.statusByKind()).containsEntry("quotes", DataStatus.FRESH)
                    .containsEntry("fear-greed", DataStatus.FRESH)
                    .containsEntry("crypto", DataStatus.STALE)
                    .containsEntry("crypto-market", DataStatus.FALLBACK);
            assertThat(second.failures()).extracting(f -> f.source()).contains("coingecko");
            assertThat(second.failures()).allSatisfy(f -> assertThat(f.reason()).contains("500"));
            assertThat(marketData.latestQuotes(universe.crypto())).isEqualTo(cryptoBefore.stream()
                    .map(q -> q.withStatus(DataStatus.STALE)).toList());
            assertThat(marketData.latestCryptoMarket()).hasValueSatisfying(m -> {
                assertThat(m.provenance().source()).isEqualTo("offline-snapshot");
                assertThat(m.provenance().status()).isEqualTo(DataStatus.FALLBACK);
            });
            var failures = new com.newsletterdaily.adapters.postgres.PostgresSourceStatusRepository(
                    infrastructure.database().client()).recentFailures(10);
            assertThat(failures).extracting(f -> f.source()).contains("coingecko");
        }
    }

    @Test
    void givenTwoInstancesIngestingAtOnce_ingest_storesEachArticleOnce() {
        settings.put("news.mode", "offline");
        var config = ServiceFixture.config(settings);
        try (var one = Infrastructure.start(Settings.from(config));
             var two = Infrastructure.start(Settings.from(config))) {
            var appOne = App.wire(config, Settings.from(config), one, ServiceFixture.CLOCK);
            var appTwo = App.wire(config, Settings.from(config), two, ServiceFixture.CLOCK);

            var first = CompletableFuture.supplyAsync(() -> appOne.ingestNews().ingest());
            var second = CompletableFuture.supplyAsync(() -> appTwo.ingestNews().ingest());
            int stored = first.join().stored() + second.join().stored();
            var again = appOne.ingestNews().ingest();

            var articles = new com.newsletterdaily.adapters.postgres.PostgresArticleRepository(one.database().client());
            int total = java.util.Arrays.stream(com.newsletterdaily.domain.content.NewsCategory.values())
                    .mapToInt(c -> articles.recent(c, Instant.EPOCH, 1000).size()).sum();
            assertThat(total).isPositive().isEqualTo(stored);
            assertThat(again.stored()).isZero();
        }
    }

    private static Instrument instrument(List<Instrument> instruments, String symbol) {
        return instruments.stream().filter(i -> i.symbol().value().equals(symbol)).findFirst().orElseThrow();
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + fake.getAddress().getPort();
    }

    private HttpServer startFakeApis() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/v8/finance/chart/", exchange ->
                    send(exchange, 200, Fixtures.bytes("yahoo/chart_AAPL_5d_1d.json")));
            server.createContext("/api/v3/coins/markets", exchange -> {
                if (coinGeckoDown.get()) {
                    send(exchange, 500, "{\"error\":\"internal\"}".getBytes());
                } else {
                    send(exchange, 200, Fixtures.bytes("coingecko/coins_markets_usd_100_2023-01-08.json"));
                }
            });
            server.createContext("/api/v3/global", exchange -> {
                if (coinGeckoDown.get()) {
                    send(exchange, 500, "{\"error\":\"internal\"}".getBytes());
                } else {
                    send(exchange, 200, Fixtures.bytes("coingecko/global_2025-04-07.json"));
                }
            });
            server.createContext("/fng/", exchange ->
                    send(exchange, 200, Fixtures.bytes("feargreed/fng_limit2_2026-09-08.json")));
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
