package com.newsletterdaily.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsletterdaily.adapters.feeds.Fixtures;
import com.newsletterdaily.adapters.postgres.PostgresEditionRepository;
import com.newsletterdaily.adapters.postgres.testing.TestPostgres;
import com.newsletterdaily.adapters.redis.testing.TestRedis;
import com.newsletterdaily.domain.newsletter.Section;
import com.newsletterdaily.domain.newsletter.SectionKind;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Going from OpenAI to Anthropic to Ollama to Gemini to the offline writer by configuration alone: the same build,
 * only the {@code writing.*} settings change, and each provider's real wire format is served by a local fake.
 */
class ProviderSwitchByConfigTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate DATE = LocalDate.of(2026, 11, 30);

    private final List<String> requests = new ArrayList<>();
    private final HttpServer fake = startFakeProviders();
    private final String database = ServiceFixture.databaseUrl(TestPostgres.freshDatabase());
    private final String redis = TestRedis.cleanRedis().uri();

    @AfterEach
    void stopFake() {
        fake.stop(0);
    }

    @Test
    void givenOnlyTheConfigurationChanged_generate_writesWithEachProviderInTurn() {
        var base = "http://127.0.0.1:" + fake.getAddress().getPort();
        var providers = new String[][]{
                {"openai", base + "/v1", "POST /v1/chat/completions"},
                {"anthropic", base + "/v1/", "POST /v1/messages"},
                {"ollama", base, "POST /api/chat"},
                {"gemini", base + "/v1beta", "POST /v1beta/models/gemini-2.0-flash:generateContent"}};
        for (String[] provider : providers) {
            var section = generate(Map.of(
                    "writing.chain", provider[0],
                    "writing.providers." + provider[0] + ".base-url", provider[1],
                    // Any variable that is set stands in for the key: the fake server does not check its value.
                    "writing.providers." + provider[0] + ".api-key-env", "PATH"));

            assertThat(section.title()).as(provider[0]).isEqualTo("Markets as written by " + provider[2]);
            assertThat(section.factCheck().passed()).isTrue();
            assertThat(requests).last().isEqualTo(provider[2]);
        }

        var offline = generate(Map.of("writing.chain", "offline"));

        assertThat(offline.title()).isEqualTo("Market overview for Monday 30 November 2026");
        // Each provider wrote both sections, the market overview and the top stories; offline called nobody.
        assertThat(requests).hasSize(2 * providers.length);
    }

    private Section generate(Map<String, String> writing) {
        var settings = new HashMap<>(writing);
        settings.put("database.url", database);
        settings.put("redis.url", redis);
        settings.put("writing.cache-ttl", "PT0S");
        var config = ServiceFixture.config(settings);
        var out = new ByteArrayOutputStream();
        int exit = Main.generate(config, new Command.Generate(Optional.of(DATE), true),
                new PrintStream(out, true, StandardCharsets.UTF_8), ServiceFixture.CLOCK);
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        try (var infrastructure = Infrastructure.start(Settings.from(config))) {
            return new PostgresEditionRepository(infrastructure.database().client()).findByDate(DATE).orElseThrow()
                    .section(SectionKind.MARKET_OVERVIEW).orElseThrow();
        }
    }

    private HttpServer startFakeProviders() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                var path = exchange.getRequestURI().getPath();
                requests.add(exchange.getRequestMethod() + " " + path);
                switch (path) {
                    case "/v1/chat/completions" -> reply(exchange, "openai/chat_completion_gpt-4.1-mini_2026-01-23.json",
                            "/choices/0/message", "content");
                    case "/v1/messages" -> reply(exchange, "anthropic/message_claude-sonnet-4_2025-12-01.json",
                            "/content/0", "text");
                    case "/api/chat" -> reply(exchange, "ollama/chat_llama3.1_2024-08-04.json", "/message", "content");
                    case "/v1beta/models/gemini-2.0-flash:generateContent" -> reply(exchange,
                            "gemini/generateContent_gemini-2.0-flash_short.json", "/candidates/0/content/parts/0",
                            "text");
                    default -> send(exchange, 404, "{}");
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers with the provider's recorded envelope, its text replaced by a section naming the endpoint. */
    private static void reply(HttpExchange exchange, String fixture, String pointer, String field)
            throws IOException {
        var writer = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        exchange.getRequestBody().readAllBytes();
        var envelope = JSON.readTree(Fixtures.bytes(fixture));
        var section = JSON.createObjectNode()
                .put("title", "Markets as written by " + writer)
                .put("summary", "Markets moved in both directions overnight.")
                .put("body", "Shares, currencies and commodities were mixed.");
        section.putArray("keyPoints").add("A mixed session");
        ((ObjectNode) envelope.at(pointer)).put(field, section.toString());
        send(exchange, 200, envelope.toString());
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
