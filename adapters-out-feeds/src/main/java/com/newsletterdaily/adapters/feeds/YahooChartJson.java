package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.application.port.out.SourceException;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.PricePoint;
import com.newsletterdaily.domain.market.PriceHistory;
import com.newsletterdaily.domain.market.Provenance;
import com.newsletterdaily.domain.market.Quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The Yahoo Finance v8 chart response, as far as we read it, with its mappers to quotes and price histories. */
record YahooChartJson(Chart chart) {

    record Chart(List<Result> result, Error error) {
    }

    record Error(String code, String description) {
    }

    record Result(Meta meta, List<Long> timestamp, Indicators indicators) {
    }

    record Meta(String symbol, String currency, String exchangeTimezoneName, BigDecimal regularMarketPrice,
                BigDecimal chartPreviousClose, BigDecimal previousClose, Long regularMarketTime, Integer priceHint) {
    }

    record Indicators(List<Bars> quote) {
    }

    record Bars(List<BigDecimal> close) {
    }

    /** The one result of the chart, or a failure carrying Yahoo's own error. */
    static Result result(String source, YahooChartJson json) {
        if (json.chart() == null) {
            throw JsonBodies.unexpected(source, "no chart");
        }
        if (json.chart().error() != null) {
            var error = json.chart().error();
            throw new SourceException(source,
                    "Yahoo error " + error.code() + ": " + error.description(), false);
        }
        if (json.chart().result() == null || json.chart().result().isEmpty() || json.chart().result().get(0) == null
                || json.chart().result().get(0).meta() == null) {
            throw JsonBodies.unexpected(source, "no chart result");
        }
        return json.chart().result().get(0);
    }

    /**
     * The latest price against the previous trading day's close. Yahoo's {@code chartPreviousClose} is the close
     * before the chart's range, so with a range of days the previous close is read from the bars when they reach the
     * day of the latest price, and taken from {@code previousClose}/{@code chartPreviousClose} otherwise.
     */
    static Quote toQuote(String source, Result result, Instrument instrument, Instant fetchedAt) {
        Meta meta = result.meta();
        if (meta.regularMarketPrice() == null || meta.regularMarketTime() == null || meta.currency() == null) {
            throw JsonBodies.unexpected(source, "meta lacks regularMarketPrice, regularMarketTime or currency");
        }
        Instant asOf = Instant.ofEpochSecond(meta.regularMarketTime());
        BigDecimal previous = previousClose(source, result, asOf.atZone(zone(meta)).toLocalDate());
        if (previous == null) {
            throw JsonBodies.unexpected(source, "no previous close");
        }
        return new Quote(instrument, meta.regularMarketPrice(), previous, meta.currency(),
                new Provenance(source, asOf, fetchedAt, DataStatus.FRESH));
    }

    /**
     * The daily closes, one per exchange-local date (the last bar of a date wins), skipping empty bars. They are as of
     * {@code regularMarketTime}, the time of the latest price (the last bar's close); without it, as of the last
     * bar's time, and without bars either, as of the fetch.
     */
    static PriceHistory toHistory(String source, Result result, Instrument instrument, Instant fetchedAt) {
        var points = closesByDate(source, result).entrySet().stream()
                .map(e -> new PricePoint(e.getKey(), e.getValue())).toList();
        return new PriceHistory(instrument.symbol(), points,
                new Provenance(source, historyAsOf(result, fetchedAt), fetchedAt, DataStatus.FRESH));
    }

    private static Instant historyAsOf(Result result, Instant fetchedAt) {
        if (result.meta().regularMarketTime() != null) {
            return Instant.ofEpochSecond(result.meta().regularMarketTime());
        }
        List<Long> timestamps = result.timestamp() == null ? List.of() : result.timestamp();
        return timestamps.stream().filter(Objects::nonNull).max(Long::compare)
                .map(Instant::ofEpochSecond).orElse(fetchedAt);
    }

    private static BigDecimal previousClose(String source, Result result, LocalDate marketDate) {
        if (result.meta().previousClose() != null) {
            return result.meta().previousClose();
        }
        var closes = new ArrayList<>(closesByDate(source, result).entrySet());
        if (!closes.isEmpty() && closes.getLast().getKey().equals(marketDate)) {
            closes.removeLast();
        }
        if (!closes.isEmpty() && !closes.getLast().getKey().isAfter(marketDate)) {
            return closes.getLast().getValue();
        }
        return result.meta().chartPreviousClose();
    }

    private static Map<LocalDate, BigDecimal> closesByDate(String source, Result result) {
        List<Long> timestamps = result.timestamp() == null ? List.of() : result.timestamp();
        List<BigDecimal> closes = result.indicators() == null || result.indicators().quote() == null
                || result.indicators().quote().isEmpty() || result.indicators().quote().get(0) == null
                || result.indicators().quote().get(0).close() == null
                ? List.of() : result.indicators().quote().get(0).close();
        if (timestamps.size() != closes.size() && !(timestamps.isEmpty() || closes.isEmpty())) {
            throw JsonBodies.unexpected(source, timestamps.size() + " timestamps but " + closes.size() + " closes");
        }
        ZoneId zone = zone(result.meta());
        int scale = result.meta().priceHint() == null ? 4 : Math.max(2, result.meta().priceHint());
        var byDate = new LinkedHashMap<LocalDate, BigDecimal>();
        for (int i = 0; i < Math.min(timestamps.size(), closes.size()); i++) {
            BigDecimal close = closes.get(i);
            if (timestamps.get(i) != null && close != null && close.signum() > 0) {
                LocalDate date = Instant.ofEpochSecond(timestamps.get(i)).atZone(zone).toLocalDate();
                byDate.remove(date);
                byDate.put(date, close.setScale(scale, RoundingMode.HALF_UP));
            }
        }
        return byDate;
    }

    private static ZoneId zone(Meta meta) {
        try {
            return meta.exchangeTimezoneName() == null ? ZoneOffset.UTC : ZoneId.of(meta.exchangeTimezoneName());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
