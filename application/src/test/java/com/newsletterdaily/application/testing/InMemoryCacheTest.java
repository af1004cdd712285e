package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.Cache;

class InMemoryCacheTest extends CacheContract {

    @Override
    protected Cache cache() {
        return new InMemoryCache();
    }
}
