package com.newsletterdaily.bootstrap;

import com.newsletterdaily.adapters.feeds.AlternativeMeFearGreedSource;
import com.newsletterdaily.adapters.feeds.CoinGeckoSource;
import com.newsletterdaily.adapters.feeds.OfflineNewsSource;
import com.newsletterdaily.adapters.feeds.OfflineSnapshotSource;
import com.newsletterdaily.adapters.feeds.RomeNewsSource;
import com.newsletterdaily.adapters.feeds.SourceSettings;
import com.newsletterdaily.adapters.feeds.YahooChartSource;
import com.newsletterdaily.application.port.out.CryptoMarketSource;
import com.newsletterdaily.application.port.out.NewsSource;
import com.newsletterdaily.application.port.out.PriceHistorySource;
import com.newsletterdaily.application.port.out.QuoteSource;
import com.newsletterdaily.application.port.out.SentimentSource;
import com.newsletterdaily.application.service.MarketSources;
import com.newsletterdaily.application.service.MarketUniverse;
import com.newsletterdaily.application.service.ResilienceSettings;
import com.newsletterdaily.application.service.RetryPolicy;
import com.newsletterdaily.domain.content.Feed;
import com.newsletterdaily.domain.content.NewsCategory;
import com.newsletterdaily.domain.content.NewsRanking;
import com.newsletterdaily.domain.content.ScoringWeights;
import io.helidon.config.Config;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the market-data chains and the news pieces from the {@code market} and {@code news} configuration: the
 * bundled offline sources in offline mode, the configured HTTP sources in live mode.
 */
final class SourcesConfig {

    private static final String OFFLINE = "offline";

    private SourcesConfig() {
    }

    static MarketUniverse universe(Config market) {
        var universe = market.get("universe");
        return new MarketUniverse(
                Settings.instruments(universe.get("indices")),
                Settings.instruments(universe.get("banks")),
                Settings.instruments(universe.get("watchlist")),
                Settings.instruments(universe.get("fx")),
                Settings.instruments(universe.get("commodities")),
                Settings.instruments(universe.get("crypto")),
                market.get("history-days").asInt().orElse(MarketUniverse.DEFAULT_HISTORY_DAYS));
    }

    static MarketSources marketSources(Config market, Clock clock) {
        var offline = OfflineSnapshotSource.bundled(clock);
        var resilience = resilience(market.get("resilience"));
        if (OFFLINE.equals(mode(market))) {
            return MarketSources.of(List.of(offline), List.of(offline), List.of(offline), List.of(offline),
                    List.of(offline), resilience, clock);
        }
        var sources = market.get("sources");
        long maxBody = sources.get("max-body-bytes").asLong().orElse(SourceSettings.DEFAULT_MAX_BODY_BYTES);
        var yahoo = new YahooChartSource(http(sources.get("yahoo"), maxBody), clock);
        var coinGecko = new CoinGeckoSource(http(sources.get("coingecko"), maxBody), clock);
        var fearGreed = new AlternativeMeFearGreedSource(http(sources.get("alternative-me"), maxBody), clock);
        var byName = new LinkedHashMap<String, Object>();
        byName.put(yahoo.name(), yahoo);
        byName.put(coinGecko.name(), coinGecko);
        byName.put(fearGreed.name(), fearGreed);
        byName.put(offline.name(), offline);
        var chains = market.get("chains");
        return MarketSources.of(
                chain(chains.get("quotes"), byName, QuoteSource.class),
                chain(chains.get("crypto"), byName, QuoteSource.class),
                chain(chains.get("history"), byName, PriceHistorySource.class),
                chain(chains.get("crypto-market"), byName, CryptoMarketSource.class),
                chain(chains.get("fear-greed"), byName, SentimentSource.class),
                resilience, clock);
    }

    static ResilienceSettings resilience(Config node) {
        var defaults = ResilienceSettings.DEFAULT;
        var retry = new RetryPolicy(
                node.get("attempts").asInt().orElse(defaults.retry().maxAttempts()),
                node.get("base-delay").as(Duration.class).orElse(defaults.retry().baseDelay()),
                node.get("max-delay").as(Duration.class).orElse(defaults.retry().maxDelay()));
        return new ResilienceSettings(
                node.get("timeout").as(Duration.class).orElse(defaults.timeout()),
                retry,
                node.get("breaker-threshold").asInt().orElse(defaults.breakerThreshold()),
                node.get("open-for").as(Duration.class).orElse(defaults.openFor()));
    }

    static NewsSource newsSource(Config news, Clock clock) {
        if (OFFLINE.equals(mode(news))) {
            return new OfflineNewsSource(clock);
        }
        // Feed URLs are absolute; the base URL would only resolve relative ones.
        var settings = SourceSettings.of("https://localhost")
                .withTimeout(news.get("timeout").as(Duration.class).orElse(SourceSettings.DEFAULT_TIMEOUT))
                .withMaxBodyBytes(news.get("max-body-bytes").asLong().orElse(SourceSettings.DEFAULT_MAX_BODY_BYTES));
        return new RomeNewsSource(settings);
    }

    /** The configured feeds in live mode; in offline mode one bundled sample feed per category. */
    static List<Feed> feeds(Config news) {
        if (OFFLINE.equals(mode(news))) {
            return Arrays.stream(NewsCategory.values())
                    .map(c -> new Feed("Sample " + c.name().toLowerCase(Locale.ROOT) + " news", c,
                            URI.create("https://example.com/offline/" + c.name().toLowerCase(Locale.ROOT)), 0.5))
                    .toList();
        }
        return news.get("feeds").asNodeList().orElse(List.of()).stream()
                .map(node -> new Feed(
                        node.get("name").asString().get(),
                        Settings.enumValue(node.get("category"), NewsCategory.class, null),
                        URI.create(node.get("url").asString().get()),
                        node.get("authority").asDouble().orElse(NewsRanking.UNKNOWN_AUTHORITY)))
                .toList();
    }

    static NewsRanking ranking(Config news, List<Feed> feeds) {
        var weights = news.get("weights");
        var scoring = new ScoringWeights(
                weights.get("authority").asDouble().orElse(ScoringWeights.DEFAULT.authority()),
                weights.get("recency").asDouble().orElse(ScoringWeights.DEFAULT.recency()),
                weights.get("relevance").asDouble().orElse(ScoringWeights.DEFAULT.relevance()));
        var authority = new LinkedHashMap<String, Double>();
        feeds.forEach(feed -> authority.put(feed.name(), feed.authority()));
        var keywords = new EnumMap<NewsCategory, Set<String>>(NewsCategory.class);
        for (NewsCategory category : NewsCategory.values()) {
            keywords.put(category, new HashSet<>(list(news.get("keywords").get(category.name().toLowerCase(Locale.ROOT)))));
        }
        return new NewsRanking(scoring, authority, keywords,
                news.get("recency-half-life").as(Duration.class).orElse(NewsRanking.DEFAULT_HALF_LIFE));
    }

    private static String mode(Config node) {
        return node.get("mode").asString().orElse(OFFLINE).strip().toLowerCase(Locale.ROOT);
    }

    private static SourceSettings http(Config node, long maxBodyBytes) {
        var settings = SourceSettings.of(node.get("base-url").asString().get())
                .withTimeout(node.get("timeout").as(Duration.class).orElse(SourceSettings.DEFAULT_TIMEOUT))
                .withMaxBodyBytes(maxBodyBytes);
        var keyVariable = node.get("api-key-env").asString().orElse("");
        return keyVariable.isBlank() ? settings : settings.withApiKey(System.getenv(keyVariable));
    }

    private static <S> List<S> chain(Config node, Map<String, Object> byName, Class<S> role) {
        return list(node).stream().map(name -> {
            var source = byName.get(name);
            if (source == null) {
                throw new IllegalArgumentException("unknown market source '" + name + "' in " + node.key()
                        + "; known: " + byName.keySet());
            }
            if (!role.isInstance(source)) {
                throw new IllegalArgumentException("source '" + name + "' cannot serve " + node.key());
            }
            return role.cast(source);
        }).toList();
    }

    /**
     * A list node, or a comma-separated string as environment variables give it; a string set by a higher-priority
     * source (e.g. {@code MARKET_CHAINS_QUOTES=yahoo}) wins over the list in application.yaml.
     */
    static List<String> list(Config node) {
        if (node.hasValue()) {
            return node.asString().map(s -> Arrays.stream(s.split(",")).map(String::strip)
                    .filter(x -> !x.isEmpty()).toList()).orElse(List.of());
        }
        return node.asList(String.class).orElse(List.of());
    }
}
