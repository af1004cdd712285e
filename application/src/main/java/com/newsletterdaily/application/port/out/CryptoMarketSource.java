package com.newsletterdaily.application.port.out;

import com.newsletterdaily.domain.market.CryptoMarket;

/** Supplies the global crypto market capitalisation and its 24-hour change. */
public interface CryptoMarketSource {

    String name();

    /** @throws SourceException when the source cannot answer */
    CryptoMarket cryptoMarket();
}
