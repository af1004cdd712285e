package com.newsletterdaily.application.port.out;

import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.PriceHistory;

/** Supplies the daily closes of an instrument. */
public interface PriceHistorySource {

    String name();

    /** The last {@code days} daily closes, oldest first. @throws SourceException when the source cannot answer */
    PriceHistory history(Instrument instrument, int days);
}
