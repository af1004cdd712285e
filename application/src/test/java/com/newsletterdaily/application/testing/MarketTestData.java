package com.newsletterdaily.application.testing;

import com.newsletterdaily.domain.market.AssetClass;
import com.newsletterdaily.domain.market.CryptoMarket;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.FearGreedIndex;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.PriceHistory;
import com.newsletterdaily.domain.market.PricePoint;
import com.newsletterdaily.domain.market.Provenance;
import com.newsletterdaily.domain.market.Quote;
import com.newsletterdaily.domain.market.Symbol;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.IntStream;

/** Test data for market data: instruments, quotes, histories and the crypto figures, each from a named source. */
public final class MarketTestData {

    private MarketTestData() {
    }

    public static Instrument instrument(String symbol, AssetClass assetClass) {
        return new Instrument(Symbol.of(symbol), symbol, assetClass);
    }

    public static Provenance provenance(String source, Instant at) {
        return new Provenance(source, at, at, DataStatus.FRESH);
    }

    public static Quote quote(Instrument instrument, String price, String source, Instant at) {
        return new Quote(instrument, new BigDecimal(price), new BigDecimal("100"),
                instrument.assetClass() == AssetClass.CRYPTO ? "USD" : "AUD", provenance(source, at));
    }

    /** {@code days} daily closes ending the day before {@code at}, rising from {@code first} by one a day. */
    public static PriceHistory history(Instrument instrument, int days, int first, String source, Instant at) {
        LocalDate last = LocalDate.ofInstant(at, ZoneOffset.UTC).minusDays(1);
        return new PriceHistory(instrument.symbol(), IntStream.range(0, days)
                .mapToObj(i -> new PricePoint(last.minusDays(days - 1L - i), BigDecimal.valueOf(first + i)))
                .toList(), provenance(source, at));
    }

    public static CryptoMarket cryptoMarket(String capUsd, String source, Instant at) {
        return new CryptoMarket(new BigDecimal(capUsd), new BigDecimal("1.5"), provenance(source, at));
    }

    public static FearGreedIndex fearGreed(int value, String source, Instant at) {
        return new FearGreedIndex(value, value < 50 ? "Fear" : "Greed", provenance(source, at));
    }
}
