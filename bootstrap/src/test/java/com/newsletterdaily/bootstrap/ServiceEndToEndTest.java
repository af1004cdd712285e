package com.newsletterdaily.bootstrap;

import com.newsletterdaily.adapters.postgres.testing.TestPostgres;
import com.newsletterdaily.adapters.redis.testing.TestRedis;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static com.newsletterdaily.bootstrap.ServiceFixture.CLOCK;
import static com.newsletterdaily.bootstrap.ServiceFixture.TODAY;
import static com.newsletterdaily.bootstrap.ServiceFixture.get;
import static org.assertj.core.api.Assertions.assertThat;

class ServiceEndToEndTest {

    private final Map<String, String> settings = Map.of(
            "database.url", ServiceFixture.databaseUrl(TestPostgres.freshDatabase()),
            "redis.url", TestRedis.cleanRedis().uri(),
            "newsletter.api.response-cache-ttl", "PT0.2S");

    @Test
    void givenEmptyDatabase_start_catchesUpTodaysEditionAndServesIt() throws Exception {
        try (var service = RunningService.start(ServiceFixture.config(settings), CLOCK)) {
            service.catchUp().get(30, TimeUnit.SECONDS);

            var latest = get(service, "/api/v1/editions/latest");
            assertThat(latest.statusCode()).isEqualTo(200);
            assertThat(latest.headers().firstValue("content-type")).contains("application/json");
            assertThat(latest.body()).contains("\"date\":\"" + TODAY + "\"", "\"status\":\"published\"",
                    "\"kind\":\"market-overview\"", "Market overview for Thursday 3 December 2026",
                    "S&P/ASX 200 rose 0.45% to 8,412.30 AUD.");
            assertThat(get(service, "/api/v1/editions/" + TODAY).body()).isEqualTo(latest.body());
            assertThat(get(service, "/api/v1/editions/2026-12-02").statusCode()).isEqualTo(404);
            assertThat(get(service, "/api/v1/editions/not-a-date").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void givenRunningService_observe_reportsHealthChecksAndPrometheusMetrics() {
        try (var service = RunningService.start(ServiceFixture.config(settings), CLOCK)) {
            var health = get(service, "/observe/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"", "\"name\":\"database\"", "\"name\":\"redis\"",
                    "\"name\":\"lifecycle\"");
            assertThat(get(service, "/observe/health/ready").statusCode()).isEqualTo(200);
            assertThat(get(service, "/observe/health/live").statusCode()).isEqualTo(200);

            var metrics = get(service, "/observe/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("content-type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/plain"));
            assertThat(metrics.body()).contains("# TYPE ");

            new LoggedBudgetAlerts().thresholdCrossed("monthly", 80, new java.math.BigDecimal("16.00"),
                    new java.math.BigDecimal("20.00"));
            assertThat(get(service, "/observe/metrics").body())
                    .containsPattern("newsletter_budget_alerts_total\\{.*percent=\"80\".*\\} [1-9]");
        }
    }

    @Test
    void givenPublishedEdition_restart_servesTheSameEditionWithoutRewritingIt() throws Exception {
        String first;
        try (var service = RunningService.start(ServiceFixture.config(settings), CLOCK)) {
            service.catchUp().get(30, TimeUnit.SECONDS);
            first = get(service, "/api/v1/editions/" + TODAY).body();
        }
        var later = java.time.Clock.offset(CLOCK, Duration.ofMinutes(5));
        try (var service = RunningService.start(ServiceFixture.config(settings), later)) {
            service.catchUp().get(30, TimeUnit.SECONDS);

            assertThat(get(service, "/api/v1/editions/" + TODAY).body()).isEqualTo(first)
                    .contains("\"publishedAt\":\"2026-12-02T20:30:00Z\"");
        }
    }
}
