package com.newsletterdaily.application.port.out.archfixture.adaptertype;

import com.newsletterdaily.adapters.postgres.archfixture.PostgresFixtureRepository;

import java.util.Map;

/** Violation fixture: an adapter class inside a wildcard bound of a port's return type. */
public interface RepositoryDirectory {

    Map<String, ? extends PostgresFixtureRepository> repositories();
}
