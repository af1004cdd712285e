package com.newsletterdaily.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static com.newsletterdaily.bootstrap.ServiceFixture.CLOCK;
import static com.newsletterdaily.bootstrap.ServiceFixture.TODAY;
import static com.newsletterdaily.bootstrap.ServiceFixture.get;
import static org.assertj.core.api.Assertions.assertThat;

/** With no DATABASE_URL and REDIS_URL the service runs on embedded servers whose data survive a restart. */
class EmbeddedDefaultsTest {

    @Test
    void givenNoUrls_start_usesEmbeddedServersAndKeepsTheEditionAcrossRestarts(@TempDir Path dataDir)
            throws Exception {
        var config = ServiceFixture.config(Map.of("newsletter.data.dir", dataDir.toString()));
        String first;
        try (var service = RunningService.start(config, CLOCK)) {
            service.catchUp().get(60, TimeUnit.SECONDS);
            var latest = get(service, "/api/v1/editions/latest");
            assertThat(latest.statusCode()).isEqualTo(200);
            first = latest.body();
            assertThat(get(service, "/observe/health").body()).contains("\"status\":\"UP\"");
        }
        assertThat(dataDir.resolve("postgres")).isDirectory();
        assertThat(Files.exists(dataDir.resolve("postgres").resolve("PG_VERSION"))).isTrue();
        assertThat(dataDir.resolve("redis")).isDirectory();

        try (var service = RunningService.start(config, java.time.Clock.offset(CLOCK, java.time.Duration.ofHours(1)))) {
            service.catchUp().get(60, TimeUnit.SECONDS);

            assertThat(get(service, "/api/v1/editions/" + TODAY).body()).isEqualTo(first);
        }
    }
}
