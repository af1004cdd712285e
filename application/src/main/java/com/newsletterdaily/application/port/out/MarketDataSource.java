package com.newsletterdaily.application.port.out;

import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.Quote;

import java.util.List;

/** Supplies the latest quotes of instruments; an instrument the source does not know is left out. */
public interface MarketDataSource {

    List<Quote> quotes(List<Instrument> instruments);
}
