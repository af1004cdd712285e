package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.application.port.out.PriceHistorySource;
import com.newsletterdaily.application.port.out.QuoteSource;
import com.newsletterdaily.application.port.out.SourceException;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.PriceHistory;
import com.newsletterdaily.domain.market.Quote;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Quotes and daily closes from the Yahoo Finance chart API ({@code /v8/finance/chart/{symbol}}), one request per
 * instrument, a few at a time. An instrument that fails is skipped and listed in {@link #lastSkipped()}.
 */
public final class YahooChartSource implements QuoteSource, PriceHistorySource {

    public static final String NAME = "yahoo";
    public static final String DEFAULT_BASE_URL = "https://query1.finance.yahoo.com";
    private static final System.Logger LOG = System.getLogger(YahooChartSource.class.getName());
    private static final int PARALLEL_REQUESTS = 4;

    private final HttpFetcher http;
    private final Clock clock;
    private final Semaphore permits = new Semaphore(PARALLEL_REQUESTS);
    private volatile List<SkippedInstrument> lastSkipped = List.of();

    public YahooChartSource(SourceSettings settings, Clock clock) {
        this.http = new HttpFetcher(NAME, settings, ContentFamily.JSON, Optional.empty());
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Quote> quotes(List<Instrument> instruments) {
        var attempts = new QuoteAttempts(NAME);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Instrument instrument : instruments) {
                executor.submit(() -> attempt(instrument, attempts));
            }
        }
        lastSkipped = attempts.skipped();
        lastSkipped.forEach(s -> LOG.log(Level.WARNING, "yahoo skipped {0}: {1}", s.symbol(), s.reason()));
        return attempts.result(instruments);
    }

    /** The instruments the last {@link #quotes} call could not quote, with the reasons. */
    public List<SkippedInstrument> lastSkipped() {
        return lastSkipped;
    }

    @Override
    public PriceHistory history(Instrument instrument, int days) {
        if (days <= 0) {
            throw new IllegalArgumentException("days must be positive: " + days);
        }
        var result = YahooChartJson.result(NAME, chart(instrument, range(days)));
        return YahooChartJson.toHistory(NAME, result, instrument, clock.instant()).last(days);
    }

    private void attempt(Instrument instrument, QuoteAttempts attempts) {
        try {
            permits.acquire();
            try {
                var result = YahooChartJson.result(NAME, chart(instrument, "5d"));
                attempts.quoted(YahooChartJson.toQuote(NAME, result, instrument, clock.instant()));
            } finally {
                permits.release();
            }
        } catch (SourceException e) {
            attempts.failed(instrument, e);
        } catch (IllegalArgumentException e) {
            attempts.failed(instrument, new SourceException(NAME, "unusable quote: " + e.getMessage(), false, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            attempts.failed(instrument, new SourceException(NAME, "interrupted", true, e));
        }
    }

    private YahooChartJson chart(Instrument instrument, String range) {
        String path = "/v8/finance/chart/" + HttpFetcher.encode(instrument.symbol().value())
                + "?range=" + range + "&interval=1d";
        return JsonBodies.read(NAME, http.get(path), YahooChartJson.class);
    }

    /** The shortest Yahoo range holding {@code days} trading days. */
    static String range(int days) {
        if (days <= 4) {
            return "5d";
        } else if (days <= 20) {
            return "1mo";
        } else if (days <= 60) {
            return "3mo";
        } else if (days <= 120) {
            return "6mo";
        } else if (days <= 245) {
            return "1y";
        } else if (days <= 495) {
            return "2y";
        }
        return "5y";
    }
}
