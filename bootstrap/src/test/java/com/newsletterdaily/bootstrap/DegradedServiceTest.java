package com.newsletterdaily.bootstrap;

import com.newsletterdaily.adapters.postgres.testing.TestPostgres;
import com.newsletterdaily.adapters.redis.EmbeddedRedisServer;
import com.newsletterdaily.adapters.redis.testing.TestRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static com.newsletterdaily.bootstrap.ServiceFixture.CLOCK;
import static com.newsletterdaily.bootstrap.ServiceFixture.TODAY;
import static com.newsletterdaily.bootstrap.ServiceFixture.get;
import static org.assertj.core.api.Assertions.assertThat;

/** The service when part of its infrastructure fails: it keeps serving what it can and says what is down. */
class DegradedServiceTest {

    @Test
    void givenRedisStopped_editionsStillAnswer200AndReadinessReportsRedisDown(@TempDir Path redisDir)
            throws Exception {
        var redis = EmbeddedRedisServer.start(redisDir, 0);
        var config = ServiceFixture.config(Map.of(
                "database.url", ServiceFixture.databaseUrl(TestPostgres.freshDatabase()),
                "redis.url", redis.uri()));
        try (var service = RunningService.start(config, CLOCK)) {
            service.catchUp().get(30, TimeUnit.SECONDS);
            assertThat(get(service, "/api/v1/editions/latest").statusCode()).isEqualTo(200);

            redis.close();

            var latest = get(service, "/api/v1/editions/latest");
            assertThat(latest.statusCode()).isEqualTo(200);
            assertThat(latest.body()).contains("\"date\":\"" + TODAY + "\"");
            assertThat(get(service, "/api/v1/editions/" + TODAY).statusCode()).isEqualTo(200);
            var ready = get(service, "/observe/health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).containsPattern("\"name\":\"redis\",\"status\":\"DOWN\"")
                    .containsPattern("\"name\":\"database\",\"status\":\"UP\"");
            assertThat(get(service, "/observe/health/live").statusCode()).isEqualTo(200);
        } finally {
            redis.close();
        }
    }

    @Test
    void givenFailingMigration_serviceStartsNotReadyAndSaysWhy() throws Exception {
        var database = TestPostgres.freshDatabase();
        var props = new Properties();
        props.setProperty("user", database.user());
        if (database.password() != null) {
            props.setProperty("password", database.password());
        }
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), props);
             var statement = connection.createStatement()) {
            statement.execute("create table editions (squatter text)");
        }
        var config = ServiceFixture.config(Map.of(
                "database.url", ServiceFixture.databaseUrl(database),
                "redis.url", TestRedis.cleanRedis().uri()));

        try (var service = RunningService.start(config, CLOCK)) {
            service.catchUp().get(30, TimeUnit.SECONDS);

            var ready = get(service, "/observe/health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).containsPattern("\"name\":\"database\",\"status\":\"DOWN\"")
                    .contains("FAILED", "non-empty schema");
            assertThat(get(service, "/observe/health/live").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void givenShutdown_readinessGoesDownFirstWhileRequestsStillAnswer() throws Exception {
        var config = ServiceFixture.config(Map.of(
                "database.url", ServiceFixture.databaseUrl(TestPostgres.freshDatabase()),
                "redis.url", TestRedis.cleanRedis().uri(),
                "newsletter.shutdown.drain-delay", "PT3S"));
        var service = RunningService.start(config, CLOCK);
        service.catchUp().get(30, TimeUnit.SECONDS);
        assertThat(get(service, "/observe/health/ready").statusCode()).isEqualTo(200);

        int port = service.port();
        var stopping = Thread.ofVirtual().start(service::close);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(2))
                .until(() -> get(service, "/observe/health/ready").statusCode() == 503);

        assertThat(get(service, "/observe/health/ready").body())
                .containsPattern("\"name\":\"lifecycle\",\"status\":\"DOWN\"");
        assertThat(get(service, "/api/v1/editions/latest").statusCode()).isEqualTo(200);
        stopping.join(java.time.Duration.ofSeconds(20));
        assertThat(stopping.isAlive()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", port).close())
                .isInstanceOf(java.net.ConnectException.class);
    }
}
