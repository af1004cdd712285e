package com.newsletterdaily.loadtest;

import com.newsletterdaily.adapters.feeds.AlternativeMeFearGreedSource;
import com.newsletterdaily.adapters.feeds.CoinGeckoSource;
import com.newsletterdaily.adapters.feeds.SourceSettings;
import com.newsletterdaily.adapters.feeds.YahooChartSource;
import com.newsletterdaily.application.service.MarketSources;
import com.newsletterdaily.application.service.MarketUniverse;
import com.newsletterdaily.application.service.RefreshMarketDataService;
import com.newsletterdaily.application.service.ResilienceSettings;
import com.newsletterdaily.application.testing.InMemoryDistributedLock;
import com.newsletterdaily.application.testing.InMemoryMarketDataRepository;
import com.newsletterdaily.application.testing.InMemorySourceStatusRepository;
import com.newsletterdaily.domain.market.AssetClass;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.Symbol;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Wall time of a full market refresh (the default universe: 54 instruments, their 30-day histories, the crypto
 * market and the fear and greed index) with the real HTTP adapters against a local fake server serving the
 * recorded payloads of shared/fixtures, optionally with added latency per response.
 * Run: {@code java -cp loadtest/target/benchmarks.jar com.newsletterdaily.loadtest.MarketRefreshTiming [runs] [latencyMs]}.
 */
public final class MarketRefreshTiming {

    private MarketRefreshTiming() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long latencyMs = args.length > 1 ? Long.parseLong(args[1]) : 0;
        var fixtures = locateFixtures();
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        serve(server, "/v8/finance/chart/", fixtures.resolve("yahoo/chart_AAPL_5d_1d.json"), latencyMs);
        serve(server, "/api/v3/coins/markets", fixtures.resolve("coingecko/coins_markets_usd_100_2023-01-08.json"),
                latencyMs);
        serve(server, "/api/v3/global", fixtures.resolve("coingecko/global_2025-04-07.json"), latencyMs);
        serve(server, "/fng/", fixtures.resolve("feargreed/fng_limit2_2026-09-08.json"), latencyMs);
        server.start();
        try {
            var base = "http://127.0.0.1:" + server.getAddress().getPort();
            var clock = Clock.systemUTC();
            var yahoo = new YahooChartSource(SourceSettings.of(base), clock);
            var coinGecko = new CoinGeckoSource(SourceSettings.of(base), clock);
            var fearGreed = new AlternativeMeFearGreedSource(SourceSettings.of(base), clock);
            var sources = MarketSources.of(List.of(yahoo), List.of(coinGecko), List.of(yahoo), List.of(coinGecko),
                    List.of(fearGreed), ResilienceSettings.DEFAULT, clock);
            var universe = universe();
            var times = new long[runs];
            for (int run = 0; run < runs; run++) {
                var service = new RefreshMarketDataService(universe, sources, new InMemoryMarketDataRepository(),
                        new InMemorySourceStatusRepository(), new InMemoryDistributedLock(), clock);
                long start = System.nanoTime();
                var report = service.refresh();
                times[run] = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("run %d: %d ms, %d quotes, %d histories, %d failures, %s%n", run + 1, times[run],
                        report.quotesStored(), report.historiesStored(), report.failures().size(),
                        report.statusByKind());
            }
            var sorted = Arrays.stream(times).sorted().toArray();
            System.out.printf("full market refresh (%d instruments, latency %d ms per response): median %d ms, "
                            + "min %d ms, max %d ms over %d runs (first run includes JIT warm-up)%n",
                    universe.all().size(), latencyMs, sorted[runs / 2], sorted[0], sorted[runs - 1], runs);
        } finally {
            server.stop(0);
        }
    }

    private static MarketUniverse universe() {
        var watchlist = Arrays.stream(("CBA BHP CSL NAB WBC ANZ WES MQG FMG RIO WDS GMG WOW TLS ALL WTC STO QBE TCL "
                + "COL MIN AMP ORG S32 RMD IAG REA QAN SHL TWE").split(" ")).map(s -> s + ".AX").toList();
        return new MarketUniverse(
                instruments(AssetClass.INDEX, "^AXJO", "^GSPC", "^IXIC", "^DJI", "^N225", "^FTSE"),
                instruments(AssetClass.EQUITY, "CBA.AX", "WBC.AX", "NAB.AX", "ANZ.AX"),
                instruments(AssetClass.EQUITY, watchlist.toArray(String[]::new)),
                instruments(AssetClass.FX, "AUDUSD=X", "AUDEUR=X", "AUDJPY=X", "AUDGBP=X", "AUDNZD=X"),
                instruments(AssetClass.COMMODITY, "GC=F", "SI=F", "HG=F", "CL=F", "NG=F"),
                instruments(AssetClass.CRYPTO, "bitcoin", "ethereum", "binancecoin", "solana", "bitcoin.aud",
                        "ethereum.aud", "binancecoin.aud", "solana.aud"));
    }

    private static List<Instrument> instruments(AssetClass assetClass, String... symbols) {
        return Arrays.stream(symbols).map(s -> new Instrument(Symbol.of(s), s, assetClass)).toList();
    }

    private static void serve(HttpServer server, String path, Path file, long latencyMs) throws IOException {
        byte[] body = Files.readAllBytes(file);
        server.createContext(path, exchange -> respond(exchange, body, latencyMs));
    }

    private static void respond(HttpExchange exchange, byte[] body, long latencyMs) throws IOException {
        try {
            Thread.sleep(latencyMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Path locateFixtures() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            var candidate = dir.resolve("shared").resolve("fixtures");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/fixtures above the working directory");
    }
}
