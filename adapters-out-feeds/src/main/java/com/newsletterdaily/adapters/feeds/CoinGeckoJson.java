package com.newsletterdaily.adapters.feeds;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.newsletterdaily.domain.market.CryptoMarket;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.Provenance;
import com.newsletterdaily.domain.market.Quote;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** The CoinGecko {@code /coins/markets} rows and {@code /global} document we read, with their mappers. */
final class CoinGeckoJson {

    private CoinGeckoJson() {
    }

    record Market(String id, @JsonProperty("current_price") BigDecimal currentPrice,
                  @JsonProperty("price_change_24h") BigDecimal priceChange24h,
                  @JsonProperty("price_change_percentage_24h") BigDecimal priceChangePercentage24h,
                  @JsonProperty("last_updated") String lastUpdated) {
    }

    record Global(GlobalData data) {
    }

    record GlobalData(@JsonProperty("total_market_cap") Map<String, BigDecimal> totalMarketCap,
                      @JsonProperty("market_cap_change_percentage_24h_usd") BigDecimal marketCapChangePercentage24hUsd,
                      @JsonProperty("updated_at") Long updatedAt) {
    }

    /**
     * A quote whose previous close is the price 24 hours ago (crypto trades around the clock): the price less
     * {@code price_change_24h}, or derived from {@code price_change_percentage_24h} when the absolute change is absent.
     */
    static Quote toQuote(String source, Market market, Instrument instrument, String currency, Instant fetchedAt) {
        if (market.currentPrice() == null || market.lastUpdated() == null) {
            throw JsonBodies.unexpected(source, market.id() + " lacks current_price or last_updated");
        }
        BigDecimal previous;
        if (market.priceChange24h() != null) {
            previous = market.currentPrice().subtract(market.priceChange24h());
        } else if (market.priceChangePercentage24h() != null) {
            var factor = BigDecimal.ONE.add(market.priceChangePercentage24h().movePointLeft(2));
            previous = market.currentPrice().divide(factor, MathContext.DECIMAL64);
        } else {
            throw JsonBodies.unexpected(source, market.id() + " has no 24h change");
        }
        return new Quote(instrument, market.currentPrice(), previous, currency,
                new Provenance(source, instant(source, market.lastUpdated()), fetchedAt, DataStatus.FRESH));
    }

    static CryptoMarket toCryptoMarket(String source, Global global, Instant fetchedAt) {
        var data = global.data();
        if (data == null || data.totalMarketCap() == null || data.totalMarketCap().get("usd") == null
                || data.marketCapChangePercentage24hUsd() == null || data.updatedAt() == null) {
            throw JsonBodies.unexpected(source,
                    "global lacks data.total_market_cap.usd, market_cap_change_percentage_24h_usd or updated_at");
        }
        return new CryptoMarket(data.totalMarketCap().get("usd"), data.marketCapChangePercentage24hUsd(),
                new Provenance(source, Instant.ofEpochSecond(data.updatedAt()), fetchedAt, DataStatus.FRESH));
    }

    private static Instant instant(String source, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw JsonBodies.unexpected(source, "bad last_updated " + text);
        }
    }
}
