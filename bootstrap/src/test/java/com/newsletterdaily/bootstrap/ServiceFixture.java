package com.newsletterdaily.bootstrap;

import com.newsletterdaily.adapters.postgres.DatabaseSettings;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Starts the real service on a free port with test settings, and talks to it over HTTP. */
final class ServiceFixture {

    /** 20:30 UTC on 2 December 2026 is 07:30 on Thursday 3 December in Sydney, the newsletter's day. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T20:30:00Z"), ZoneOffset.UTC);
    static final String TODAY = "2026-12-03";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceFixture() {
    }

    /** The bundled application.yaml under the given overrides, without environment variables. */
    static Config config(Map<String, String> overrides) {
        var all = new HashMap<String, String>();
        all.put("server.port", "0");
        all.put("server.host", "127.0.0.1");
        all.put("newsletter.shutdown.drain-delay", "PT0S");
        all.putAll(overrides);
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(all), ConfigSources.classpath("application.yaml"))
                .build();
    }

    static String databaseUrl(DatabaseSettings settings) {
        var url = new StringBuilder(settings.jdbcUrl()).append(settings.jdbcUrl().contains("?") ? '&' : '?')
                .append("user=").append(URLEncoder.encode(settings.user(), StandardCharsets.UTF_8));
        if (settings.password() != null && !settings.password().isEmpty()) {
            url.append("&password=").append(URLEncoder.encode(settings.password(), StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    static HttpResponse<String> get(RunningService service, String path) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
