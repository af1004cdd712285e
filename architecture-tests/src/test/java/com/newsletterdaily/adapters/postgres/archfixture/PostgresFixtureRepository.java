package com.newsletterdaily.adapters.postgres.archfixture;

/** Fixture: a stand-in postgres adapter class that other fixtures wrongly depend on. */
public class PostgresFixtureRepository {

    public String find(String key) {
        return key;
    }
}
