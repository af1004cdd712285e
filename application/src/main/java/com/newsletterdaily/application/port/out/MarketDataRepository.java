package com.newsletterdaily.application.port.out;

import com.newsletterdaily.domain.market.CryptoMarket;
import com.newsletterdaily.domain.market.FearGreedIndex;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.PriceHistory;
import com.newsletterdaily.domain.market.Quote;
import com.newsletterdaily.domain.market.Symbol;

import java.util.List;
import java.util.Optional;

/**
 * Stores market data with its provenance: the latest quote per instrument, daily close histories, the crypto
 * market and the fear and greed index. Every save is idempotent and atomic (all of a call or nothing).
 */
public interface MarketDataRepository {

    /** Replaces the latest quote of each instrument, keeping the stored one when it is newer (by as-of time). */
    void saveQuotes(List<Quote> quotes);

    /** The stored latest quotes of these instruments, in their order; instruments never stored are left out. */
    List<Quote> latestQuotes(List<Instrument> instruments);

    /**
     * Adds or replaces the closes of the history's dates, each stored with the history's provenance; a close from
     * a fallback source never replaces a FRESH one, so a backup cannot overwrite real closes.
     */
    void saveHistory(PriceHistory history);

    /**
     * The last {@code days} stored closes of a symbol, oldest first. Closes of one history may have been fetched at
     * different times from different sources, so the answer carries the provenance of the most recently fetched close
     * among those returned (by fetch time, then by the later date). Empty when no close is returned: nothing stored
     * for the symbol, or {@code days} is 0.
     *
     * @throws IllegalArgumentException when {@code days} is negative
     */
    Optional<PriceHistory> history(Symbol symbol, int days);

    void saveCryptoMarket(CryptoMarket market);

    Optional<CryptoMarket> latestCryptoMarket();

    void saveFearGreed(FearGreedIndex index);

    Optional<FearGreedIndex> latestFearGreed();
}
