package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.application.port.out.CryptoMarketSource;
import com.newsletterdaily.application.port.out.QuoteSource;
import com.newsletterdaily.application.port.out.SourceException;
import com.newsletterdaily.domain.market.AssetClass;
import com.newsletterdaily.domain.market.CryptoMarket;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.Quote;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Crypto quotes from CoinGecko's {@code /api/v3/coins/markets}, one request per quote currency, and the global
 * market from {@code /api/v3/global}. Only {@link AssetClass#CRYPTO} instruments are quoted, their symbols spelled as
 * {@link CoinGeckoSymbol} says ({@code bitcoin}, {@code bitcoin.aud}). An API key goes in {@code x-cg-demo-api-key}.
 */
public final class CoinGeckoSource implements QuoteSource, CryptoMarketSource {

    public static final String NAME = "coingecko";
    public static final String DEFAULT_BASE_URL = "https://api.coingecko.com";
    private static final System.Logger LOG = System.getLogger(CoinGeckoSource.class.getName());

    private final HttpFetcher http;
    private final Clock clock;
    private volatile List<SkippedInstrument> lastSkipped = List.of();

    public CoinGeckoSource(SourceSettings settings, Clock clock) {
        this.http = new HttpFetcher(NAME, settings, ContentFamily.JSON,
                Optional.of(ApiKeyPlacement.header("x-cg-demo-api-key")));
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Quote> quotes(List<Instrument> instruments) {
        var attempts = new QuoteAttempts(NAME);
        var byCurrency = new LinkedHashMap<String, Map<Instrument, CoinGeckoSymbol>>();
        for (Instrument instrument : instruments) {
            var coin = instrument.assetClass() == AssetClass.CRYPTO ? CoinGeckoSymbol.parse(instrument.symbol()) : null;
            if (coin != null) {
                byCurrency.computeIfAbsent(coin.vsCurrency(), c -> new LinkedHashMap<>()).put(instrument, coin);
            }
        }
        byCurrency.forEach((currency, coins) -> quoteIn(currency, coins, attempts));
        lastSkipped = attempts.skipped();
        lastSkipped.forEach(s -> LOG.log(Level.WARNING, "coingecko skipped {0}: {1}", s.symbol(), s.reason()));
        return attempts.result(instruments);
    }

    /** The instruments the last {@link #quotes} call could not quote, with the reasons. */
    public List<SkippedInstrument> lastSkipped() {
        return lastSkipped;
    }

    @Override
    public CryptoMarket cryptoMarket() {
        var global = JsonBodies.read(NAME, http.get("/api/v3/global"), CoinGeckoJson.Global.class);
        return CoinGeckoJson.toCryptoMarket(NAME, global, clock.instant());
    }

    private void quoteIn(String currency, Map<Instrument, CoinGeckoSymbol> coins, QuoteAttempts attempts) {
        Map<String, CoinGeckoJson.Market> markets;
        try {
            String ids = coins.values().stream().map(CoinGeckoSymbol::id).distinct()
                    .map(HttpFetcher::encode).collect(Collectors.joining(","));
            var body = http.get("/api/v3/coins/markets?vs_currency=" + HttpFetcher.encode(currency) + "&ids=" + ids
                    + "&per_page=250&page=1");
            markets = Arrays.stream(JsonBodies.read(NAME, body, CoinGeckoJson.Market[].class))
                    .filter(m -> m != null && m.id() != null)
                    .collect(Collectors.toMap(CoinGeckoJson.Market::id, Function.identity(), (a, b) -> a));
        } catch (SourceException e) {
            coins.keySet().forEach(instrument -> attempts.failed(instrument, e));
            return;
        }
        Instant fetchedAt = clock.instant();
        coins.forEach((instrument, coin) -> {
            var market = markets.get(coin.id());
            if (market == null) {
                return; // CoinGecko does not know the id: left out, as the port says
            }
            try {
                attempts.quoted(CoinGeckoJson.toQuote(NAME, market, instrument, coin.currencyCode(), fetchedAt));
            } catch (SourceException e) {
                attempts.failed(instrument, e);
            } catch (IllegalArgumentException e) {
                attempts.failed(instrument, new SourceException(NAME, "unusable quote: " + e.getMessage(), false, e));
            }
        });
    }
}
