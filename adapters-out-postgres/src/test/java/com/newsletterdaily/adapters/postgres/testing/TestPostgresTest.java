package com.newsletterdaily.adapters.postgres.testing;

import com.newsletterdaily.adapters.postgres.PostgresDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class TestPostgresTest {

    @Test
    void givenTwoCalls_freshDatabase_givesTwoDistinctReachableDatabasesOnOneServer() {
        var first = TestPostgres.freshDatabase();
        var second = TestPostgres.freshDatabase();

        assertThat(first.database()).startsWith("nd_test_").isNotEqualTo(second.database());
        assertThat(first.withDatabase("x").jdbcUrl()).isEqualTo(second.withDatabase("x").jdbcUrl());
        try (var one = new PostgresDatabase(first); var two = new PostgresDatabase(second)) {
            assertThat(one.ping(Duration.ofSeconds(1))).isTrue();
            assertThat(two.ping(Duration.ofSeconds(1))).isTrue();
        }
        assertThat(TestPostgres.serverKind()).isIn("environment", "testcontainers", "embedded");
    }
}
