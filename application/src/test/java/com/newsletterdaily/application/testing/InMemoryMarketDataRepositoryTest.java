package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.MarketDataRepository;

class InMemoryMarketDataRepositoryTest extends MarketDataRepositoryContract {

    @Override
    protected MarketDataRepository repository() {
        return new InMemoryMarketDataRepository();
    }
}
