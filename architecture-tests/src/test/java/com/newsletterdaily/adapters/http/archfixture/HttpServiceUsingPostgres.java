package com.newsletterdaily.adapters.http.archfixture;

import com.newsletterdaily.adapters.postgres.archfixture.PostgresFixtureRepository;

/** Violation fixture: an inbound adapter calling an outbound adapter directly instead of a use case. */
public class HttpServiceUsingPostgres {

    private final PostgresFixtureRepository repository = new PostgresFixtureRepository();

    public String handle(String key) {
        return repository.find(key);
    }
}
