package com.newsletterdaily.application.port.in;

/** Fetches the configured market data from its source chains and stores it with its provenance. */
public interface RefreshMarketDataUseCase {

    RefreshReport refresh();
}
