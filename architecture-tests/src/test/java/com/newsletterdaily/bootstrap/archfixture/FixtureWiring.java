package com.newsletterdaily.bootstrap.archfixture;

import com.newsletterdaily.adapters.postgres.archfixture.PostgresFixtureRepository;

/** Allowed fixture: the composition root creating an adapter. */
public final class FixtureWiring {

    public static PostgresFixtureRepository repository() {
        return new PostgresFixtureRepository();
    }

    private FixtureWiring() {
    }
}
