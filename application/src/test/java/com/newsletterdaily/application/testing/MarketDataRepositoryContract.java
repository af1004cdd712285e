package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.MarketDataRepository;
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
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The behaviour every {@link MarketDataRepository} shows; each implementation's test extends it. */
public abstract class MarketDataRepositoryContract {

    // Microseconds at most: what a PostgreSQL timestamp keeps.
    protected static final Instant CLOSE = Instant.parse("2026-11-30T05:10:00.123456Z");
    protected static final Instant FETCHED = Instant.parse("2026-11-30T06:00:00.654321Z");
    protected static final Instrument ASX_200 = new Instrument(Symbol.of("^AXJO"), "S&P/ASX 200", AssetClass.INDEX);
    protected static final Instrument CBA = new Instrument(Symbol.of("CBA.AX"), "Commonwealth Bank", AssetClass.EQUITY);
    protected static final Instrument BITCOIN = new Instrument(Symbol.of("bitcoin"), "Bitcoin", AssetClass.CRYPTO);
    protected static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    /** A repository over an empty store. */
    protected abstract MarketDataRepository repository();

    @Test
    void givenNothingStored_reads_findNothing() {
        var repository = repository();

        assertThat(repository.latestQuotes(List.of(ASX_200, CBA))).isEmpty();
        assertThat(repository.history(ASX_200.symbol(), 20)).isEmpty();
        assertThat(repository.latestCryptoMarket()).isEmpty();
        assertThat(repository.latestFearGreed()).isEmpty();
    }

    @Test
    void givenSavedQuotes_latestQuotes_returnsThemWithExactNumbersAndProvenance() {
        var repository = repository();
        var index = quote(ASX_200, "8123.4500", "8100.1", CLOSE, DataStatus.FRESH);
        var bitcoin = new Quote(BITCOIN, new BigDecimal("97123.123456789012"), new BigDecimal("0.00001234"), "USD",
                new Provenance("coingecko", CLOSE.plusSeconds(1), FETCHED, DataStatus.FALLBACK));

        repository.saveQuotes(List.of(index, bitcoin));

        assertThat(repository.latestQuotes(List.of(ASX_200, BITCOIN))).containsExactly(index, bitcoin);
    }

    @Test
    void givenStoredQuoteIsNewer_saveQuotes_keepsTheStoredOne() {
        var repository = repository();
        var newer = quote(CBA, "150.10", "149.00", CLOSE, DataStatus.FRESH);
        repository.saveQuotes(List.of(newer));

        repository.saveQuotes(List.of(quote(CBA, "140.00", "139.00", CLOSE.minusSeconds(60), DataStatus.FRESH)));

        assertThat(repository.latestQuotes(List.of(CBA))).containsExactly(newer);
    }

    @Test
    void givenNewerQuote_saveQuotes_replacesTheStoredOne() {
        var repository = repository();
        repository.saveQuotes(List.of(quote(CBA, "150.10", "149.00", CLOSE, DataStatus.FRESH)));
        var newer = quote(CBA, "151.20", "150.10", CLOSE.plusSeconds(86_400), DataStatus.FRESH);

        repository.saveQuotes(List.of(newer));

        assertThat(repository.latestQuotes(List.of(CBA))).containsExactly(newer);
    }

    @Test
    void givenSameAsOfMarkedStale_saveQuotes_replacesTheStatus() {
        var repository = repository();
        var fresh = quote(CBA, "150.10", "149.00", CLOSE, DataStatus.FRESH);
        repository.saveQuotes(List.of(fresh));

        repository.saveQuotes(List.of(fresh.withStatus(DataStatus.STALE)));

        assertThat(repository.latestQuotes(List.of(CBA))).containsExactly(fresh.withStatus(DataStatus.STALE));
    }

    @Test
    void givenSameQuotesSavedTwice_latestQuotes_answersAsAfterOneSave() {
        var repository = repository();
        var quotes = List.of(quote(ASX_200, "8123.45", "8100.10", CLOSE, DataStatus.FRESH),
                quote(CBA, "150.10", "149.00", CLOSE, DataStatus.FRESH));

        repository.saveQuotes(quotes);
        repository.saveQuotes(quotes);

        assertThat(repository.latestQuotes(List.of(ASX_200, CBA))).isEqualTo(quotes);
    }

    @Test
    void givenInstrumentsInAnotherOrder_latestQuotes_answersInTheirOrderWithThemAndLeavesOutUnknownOnes() {
        var repository = repository();
        repository.saveQuotes(List.of(quote(ASX_200, "8123.45", "8100.10", CLOSE, DataStatus.FRESH),
                quote(CBA, "150.10", "149.00", CLOSE, DataStatus.FRESH)));
        var renamedCba = new Instrument(CBA.symbol(), "CBA (renamed)", AssetClass.EQUITY);

        var quotes = repository.latestQuotes(List.of(renamedCba, BITCOIN, ASX_200));

        assertThat(quotes).extracting(Quote::instrument).containsExactly(renamedCba, ASX_200);
        assertThat(repository.latestQuotes(List.of())).isEmpty();
    }

    @Test
    void givenEmptyBatch_saveQuotes_changesNothing() {
        var repository = repository();

        repository.saveQuotes(List.of());

        assertThat(repository.latestQuotes(List.of(ASX_200))).isEmpty();
    }

    @Test
    void givenExistingDate_saveHistory_replacesItsCloseAndAddsTheNewDates() {
        var repository = repository();
        repository.saveHistory(history(CBA, MONDAY, "150.00", "151.00"));

        repository.saveHistory(history(CBA, MONDAY.plusDays(1), "151.50", "152.25"));

        assertThat(repository.history(CBA.symbol(), 10)).contains(history(CBA, MONDAY, "150.00", "151.50", "152.25"));
    }

    @Test
    void givenLongHistory_history_returnsTheLastDaysOldestFirst() {
        var repository = repository();
        repository.saveHistory(history(CBA, MONDAY, "1.0", "2.00", "3.000", "4.5", "5.25"));
        repository.saveHistory(history(ASX_200, MONDAY, "9000"));

        assertThat(repository.history(CBA.symbol(), 3)).contains(history(CBA, MONDAY.plusDays(2), "3.000", "4.5", "5.25"));
        assertThat(repository.history(CBA.symbol(), 0)).isEmpty();
        assertThat(repository.history(ASX_200.symbol(), 20)).contains(history(ASX_200, MONDAY, "9000"));
    }

    @Test
    void givenSameHistorySavedTwice_history_answersAsAfterOneSave() {
        var repository = repository();
        var history = history(CBA, MONDAY, "150.00", "151.00");

        repository.saveHistory(history);
        repository.saveHistory(history);

        assertThat(repository.history(CBA.symbol(), 20)).contains(history);
    }

    @Test
    void givenSavedHistory_history_returnsItWithItsProvenance() {
        var repository = repository();
        var history = history(CBA, new Provenance("offline-snapshot", CLOSE, FETCHED, DataStatus.FALLBACK), MONDAY,
                "150.00", "151.00");

        repository.saveHistory(history);

        assertThat(repository.history(CBA.symbol(), 20)).contains(history);
        assertThat(repository.history(CBA.symbol(), 1)).contains(history.last(1));
    }

    @Test
    void givenClosesFetchedAtDifferentTimes_history_carriesTheProvenanceOfTheLatestFetchedAmongThoseReturned() {
        var repository = repository();
        var earlier = new Provenance("yahoo", CLOSE, FETCHED, DataStatus.FRESH);
        var later = new Provenance("yahoo", CLOSE.plusSeconds(86_400), FETCHED.plusSeconds(86_400),
                DataStatus.FRESH);
        repository.saveHistory(history(CBA, earlier, MONDAY, "150.00", "151.00", "152.00", "153.00"));

        // The later fetch replaces the two oldest closes only.
        repository.saveHistory(history(CBA, later, MONDAY, "149.00", "150.50"));

        assertThat(repository.history(CBA.symbol(), 10))
                .contains(history(CBA, later, MONDAY, "149.00", "150.50", "152.00", "153.00"));
        assertThat(repository.history(CBA.symbol(), 2)).contains(history(CBA, earlier, MONDAY.plusDays(2),
                "152.00", "153.00"));
    }

    @Test
    void givenFreshCloses_saveFallbackHistory_keepsThemAndAddsOnlyTheNewDates() {
        var repository = repository();
        var fresh = new Provenance("yahoo", CLOSE, FETCHED, DataStatus.FRESH);
        var fallback = new Provenance("offline-snapshot", CLOSE, FETCHED.plusSeconds(60), DataStatus.FALLBACK);
        repository.saveHistory(history(CBA, fresh, MONDAY, "150.00", "151.00"));

        repository.saveHistory(history(CBA, fallback, MONDAY, "99.00", "99.50", "152.00"));

        assertThat(repository.history(CBA.symbol(), 10)).hasValueSatisfying(h -> assertThat(h.points())
                .extracting(p -> p.close().toPlainString()).containsExactly("150.00", "151.00", "152.00"));
        assertThat(repository.history(CBA.symbol(), 2)).hasValueSatisfying(h -> assertThat(h.points())
                .extracting(p -> p.close().toPlainString()).containsExactly("151.00", "152.00"));
    }

    @Test
    void givenFallbackCloses_saveFreshHistory_replacesThem() {
        var repository = repository();
        var fallback = new Provenance("offline-snapshot", CLOSE, FETCHED, DataStatus.FALLBACK);
        var fresh = new Provenance("yahoo", CLOSE, FETCHED.plusSeconds(60), DataStatus.FRESH);
        repository.saveHistory(history(CBA, fallback, MONDAY, "99.00", "99.50"));

        repository.saveHistory(history(CBA, fresh, MONDAY, "150.00", "151.00"));

        assertThat(repository.history(CBA.symbol(), 10)).contains(history(CBA, fresh, MONDAY, "150.00", "151.00"));
    }

    @Test
    void givenLaterFetchSavedFirst_history_stillCarriesTheLatestFetchedProvenance() {
        var repository = repository();
        var earlier = new Provenance("yahoo", CLOSE, FETCHED, DataStatus.FRESH);
        var later = new Provenance("yahoo", CLOSE.plusSeconds(60), FETCHED.plusSeconds(60), DataStatus.FRESH);
        repository.saveHistory(history(CBA, later, MONDAY.plusDays(2), "152.00"));

        repository.saveHistory(history(CBA, earlier, MONDAY, "150.00", "151.00"));

        assertThat(repository.history(CBA.symbol(), 10))
                .contains(history(CBA, later, MONDAY, "150.00", "151.00", "152.00"));
    }

    @Test
    void givenClosesFetchedAtTheSameTime_history_carriesTheProvenanceOfTheLatestDate() {
        var repository = repository();
        var monday = new Provenance("yahoo", CLOSE, FETCHED, DataStatus.FRESH);
        var tuesday = new Provenance("offline-snapshot", CLOSE.plusSeconds(86_400), FETCHED, DataStatus.FALLBACK);
        repository.saveHistory(history(CBA, tuesday, MONDAY.plusDays(1), "151.00"));

        repository.saveHistory(history(CBA, monday, MONDAY, "150.00"));

        assertThat(repository.history(CBA.symbol(), 10)).contains(history(CBA, tuesday, MONDAY, "150.00", "151.00"));
    }

    @Test
    void givenSavedCryptoMarket_latestCryptoMarket_returnsItWithProvenance() {
        var repository = repository();
        var market = cryptoMarket("3412345678901.25", "-1.234567", CLOSE);

        repository.saveCryptoMarket(market);
        repository.saveCryptoMarket(market);

        assertThat(repository.latestCryptoMarket()).contains(market);
    }

    @Test
    void givenOlderCryptoMarketSavedLater_latestCryptoMarket_isTheNewerByAsOf() {
        var repository = repository();
        var newer = cryptoMarket("3412345678901.25", "2.5", CLOSE);
        repository.saveCryptoMarket(newer);

        repository.saveCryptoMarket(cryptoMarket("3000000000000", "-4.0", CLOSE.minusSeconds(3600)));

        assertThat(repository.latestCryptoMarket()).contains(newer);
        var newest = cryptoMarket("3500000000000.00", "0", CLOSE.plusSeconds(3600)).withStatus(DataStatus.STALE);
        repository.saveCryptoMarket(newest);
        assertThat(repository.latestCryptoMarket()).contains(newest);
    }

    @Test
    void givenSavedFearGreed_latestFearGreed_returnsItWithProvenance() {
        var repository = repository();
        var index = new FearGreedIndex(27, "Fear", new Provenance("alternative.me", CLOSE, FETCHED, DataStatus.FRESH));

        repository.saveFearGreed(index);
        repository.saveFearGreed(index);

        assertThat(repository.latestFearGreed()).contains(index);
    }

    @Test
    void givenOlderFearGreedSavedLater_latestFearGreed_isTheNewerByAsOf() {
        var repository = repository();
        var today = new FearGreedIndex(74, "Greed", new Provenance("alternative.me", CLOSE, FETCHED, DataStatus.FRESH));
        repository.saveFearGreed(today);

        repository.saveFearGreed(new FearGreedIndex(10, "Extreme Fear",
                new Provenance("offline", CLOSE.minusSeconds(86_400), FETCHED, DataStatus.FALLBACK)));

        assertThat(repository.latestFearGreed()).contains(today);
        repository.saveFearGreed(today.withStatus(DataStatus.STALE));
        assertThat(repository.latestFearGreed()).contains(today.withStatus(DataStatus.STALE));
    }

    protected static Quote quote(Instrument instrument, String price, String previousClose, Instant asOf,
                                 DataStatus status) {
        return new Quote(instrument, new BigDecimal(price), new BigDecimal(previousClose), "AUD",
                new Provenance("yahoo", asOf, FETCHED, status));
    }

    /** Consecutive daily closes from {@code first}, fetched from Yahoo at {@link #FETCHED}. */
    protected static PriceHistory history(Instrument instrument, LocalDate first, String... closes) {
        return history(instrument, new Provenance("yahoo", CLOSE, FETCHED, DataStatus.FRESH), first, closes);
    }

    /** Consecutive daily closes from {@code first}, with this provenance. */
    protected static PriceHistory history(Instrument instrument, Provenance provenance, LocalDate first,
                                          String... closes) {
        var points = new ArrayList<PricePoint>();
        for (int i = 0; i < closes.length; i++) {
            points.add(new PricePoint(first.plusDays(i), new BigDecimal(closes[i])));
        }
        return new PriceHistory(instrument.symbol(), points, provenance);
    }

    protected static CryptoMarket cryptoMarket(String capUsd, String changePercent, Instant asOf) {
        return new CryptoMarket(new BigDecimal(capUsd), new BigDecimal(changePercent),
                new Provenance("coingecko", asOf, FETCHED, DataStatus.FRESH));
    }
}
