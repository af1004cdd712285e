package com.newsletterdaily.adapters.postgres;

import com.newsletterdaily.adapters.postgres.MigrationStatus.State;
import com.newsletterdaily.adapters.postgres.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresDatabaseTest {

    private static final int MIGRATIONS = migrationScripts();

    @Test
    void givenNewDatabase_migrationStatus_isPending() {
        try (var database = new PostgresDatabase(TestPostgres.freshDatabase())) {
            assertThat(database.migrationStatus()).isEqualTo(MigrationStatus.pending());
        }
    }

    @Test
    void givenFreshDatabase_migrate_appliesEveryMigrationOnceAndThenNothing() {
        try (var database = new PostgresDatabase(TestPostgres.freshDatabase())) {
            var first = database.migrate();
            var second = database.migrate();

            assertThat(first.state()).isEqualTo(State.MIGRATED);
            assertThat(first.applied()).isEqualTo(MIGRATIONS);
            assertThat(second).isEqualTo(MigrationStatus.migrated(0));
            assertThat(database.migrationStatus()).isEqualTo(second);
        }
    }

    @Test
    void givenTwoInstancesOnOneFreshDatabase_migrateConcurrently_bothEndMigratedAndEachVersionRanOnce() {
        var settings = TestPostgres.freshDatabase();
        try (var one = new PostgresDatabase(settings); var two = new PostgresDatabase(settings)) {
            var start = new CyclicBarrier(2);
            var first = CompletableFuture.supplyAsync(() -> awaitThen(start, one::migrate));
            var second = CompletableFuture.supplyAsync(() -> awaitThen(start, two::migrate));

            var statuses = List.of(first.join(), second.join());

            assertThat(statuses).allSatisfy(status -> assertThat(status.state()).isEqualTo(State.MIGRATED));
            assertThat(statuses.stream().mapToInt(MigrationStatus::applied).sum()).isEqualTo(MIGRATIONS);
            var versions = one.client().execute()
                    .query("""
                            select version, count(*) as runs from flyway_schema_history
                            where success and version is not null group by version""")
                    .map(row -> row.column("runs").get(Long.class))
                    .toList();
            assertThat(versions).hasSize(MIGRATIONS).containsOnly(1L);
        }
    }

    @Test
    void givenBrokenMigration_migrate_recordsFailureWithTheScriptAndThrowsNothing() {
        try (var database = new PostgresDatabase(TestPostgres.freshDatabase(), List.of("classpath:db/broken"))) {
            var status = database.migrate();

            assertThat(status.state()).isEqualTo(State.FAILED);
            assertThat(status.reason()).contains("V1__broken.sql");
            assertThat(database.migrationStatus()).isEqualTo(status);
        }
    }

    @Test
    void givenLiveDatabase_ping_isTrue() {
        try (var database = new PostgresDatabase(TestPostgres.freshDatabase())) {
            assertThat(database.ping(Duration.ofSeconds(1))).isTrue();
        }
    }

    @Test
    void givenNothingListeningOnThePort_ping_isFalseWithinThreeSeconds() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var settings = DatabaseSettings.fromUrl("postgres://postgres@127.0.0.1:" + closedPort + "/postgres");
        try (var database = new PostgresDatabase(settings)) {
            var started = System.nanoTime();

            var alive = database.ping(Duration.ofMillis(500));

            assertThat(alive).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void givenUnreachableDatabase_migrate_recordsFailure() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var settings = DatabaseSettings.fromUrl("postgres://postgres:pw@127.0.0.1:" + closedPort + "/postgres");
        try (var database = new PostgresDatabase(settings)) {
            assertThat(database.migrate().state()).isEqualTo(State.FAILED);
        }
    }

    @Test
    void givenSettings_describe_isHostPortAndDatabase() {
        var settings = DatabaseSettings.fromUrl("postgres://app:secret@db.example.com:6543/news");
        try (var database = new PostgresDatabase(settings)) {
            assertThat(database.describe()).isEqualTo("db.example.com:6543/news");
        }
    }

    private static <T> T awaitThen(CyclicBarrier barrier, java.util.function.Supplier<T> action) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return action.get();
    }

    /** How many versioned scripts db/migration holds, read from the test class path's directory. */
    private static int migrationScripts() {
        try (var files = Files.list(Path.of(PostgresDatabaseTest.class.getResource("/db/migration").toURI()))) {
            return (int) files.filter(file -> file.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
