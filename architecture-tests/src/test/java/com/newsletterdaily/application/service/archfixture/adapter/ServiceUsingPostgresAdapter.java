package com.newsletterdaily.application.service.archfixture.adapter;

import com.newsletterdaily.adapters.postgres.archfixture.PostgresFixtureRepository;

/** Violation fixture: a service creating a concrete adapter instead of taking a port. */
public class ServiceUsingPostgresAdapter {

    public String load(String key) {
        return new PostgresFixtureRepository().find(key);
    }
}
