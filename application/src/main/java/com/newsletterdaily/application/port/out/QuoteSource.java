package com.newsletterdaily.application.port.out;

import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.Quote;

import java.util.List;

/** Supplies latest quotes; instruments it does not cover are left out of the answer. */
public interface QuoteSource {

    /** A short stable name for provenance and failure records, e.g. {@code yahoo}. */
    String name();

    /** @throws SourceException when the source cannot answer at all */
    List<Quote> quotes(List<Instrument> instruments);
}
