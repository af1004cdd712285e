package com.newsletterdaily.adapters.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsletterdaily.adapters.llm.FakeProviderServer.Received;
import com.newsletterdaily.adapters.llm.FakeProviderServer.Reply;
import com.newsletterdaily.application.port.out.ModelException;
import com.newsletterdaily.application.port.out.ModelException.Kind;
import com.newsletterdaily.application.port.out.SectionRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

import static com.newsletterdaily.adapters.llm.SectionRequests.aSectionRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What every LangChain4j provider adapter must do against a fake server speaking that provider's wire format:
 * parse a valid answer with the recorded usage, map 401/429/500/timeouts/broken bodies, and repair once.
 */
abstract class LanguageModelProviderContract {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String API_KEY = "test-key-123";
    static final String VALID_SECTION = """
            ```json
            {"title": "Market overview", "summary": "The S&P/ASX 200 rose 0.45% while the Dow Jones fell 0.80%.",
             "body": "The S&P/ASX 200 rose 0.45% to 8412.30. See [the report](ARTICLE_URL).",
             "keyPoints": ["S&P/ASX 200 up 0.45%", "Dow Jones down 0.80%"]}
            ```""".replace("ARTICLE_URL", SectionRequests.ARTICLE_URL);

    final FakeProviderServer server = FakeProviderServer.start();

    /** The settings pointing at {@code serverUrl}, with the given timeout. */
    abstract ProviderSettings settings(String serverUrl, Duration timeout);

    /** The recorded success body with its answer text replaced by {@code text}. */
    abstract String successBody(String text);

    /** This provider's error envelope for a status. */
    abstract String errorBody(int status, String message);

    abstract int recordedInputTokens();

    abstract int recordedOutputTokens();

    /** Asserts the request went to the provider's chat path with the API key and the configured model. */
    abstract void assertIsChatRequest(Received request);

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void givenValidAnswer_write_returnsDraftWithSectionAndRecordedTokens() {
        server.reply(Reply.json(200, successBody(VALID_SECTION)));

        var draft = model().write(request());

        assertThat(draft.section().title()).isEqualTo("Market overview");
        assertThat(draft.section().body()).contains("rose 0.45% to 8412.30").contains(SectionRequests.ARTICLE_URL);
        assertThat(draft.section().keyPoints()).containsExactly("S&P/ASX 200 up 0.45%", "Dow Jones down 0.80%");
        assertThat(draft.inputTokens()).isEqualTo(recordedInputTokens());
        assertThat(draft.outputTokens()).isEqualTo(recordedOutputTokens());
        assertThat(draft.latency()).isPositive();
        assertThat(server.received()).singleElement().satisfies(this::assertIsChatRequest);
        assertThat(server.received().getFirst().body()).contains("<<<DATA").contains("DATA>>>").contains("8412.30");
    }

    @Test
    void given401EchoingTheKey_write_throwsAuthenticationWithTheKeyMasked() {
        server.reply(Reply.json(401, errorBody(401, "Incorrect API key provided: " + API_KEY)));

        var failure = failureOf();

        assertThat(failure.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(failure.retryAfter()).isEmpty();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            assertThat(cause.getMessage()).doesNotContain(API_KEY);
        }
        assertThat(failure.getCause()).hasMessageContaining("Incorrect API key provided: ****");
    }

    @Test
    void given429WithRetryAfter_write_throwsRateLimitedWithRetryAfter() {
        server.reply(Reply.json(429, errorBody(429, "Rate limit reached")).withHeader("Retry-After", "7"));

        var failure = failureOf();

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void given500_write_throwsUnavailableWithoutRetrying() {
        server.reply(Reply.json(500, errorBody(500, "The server had an error")));

        assertThat(failureOf().kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void givenUnknownModel_write_throwsRejected() {
        server.reply(Reply.json(404, errorBody(404, "model not found")));

        assertThat(failureOf().kind()).isEqualTo(Kind.REJECTED);
    }

    @Test
    void givenAnswerSlowerThanTimeout_write_throwsTimeout() {
        server.reply(Reply.json(200, successBody(VALID_SECTION)).after(Duration.ofSeconds(3)));
        var model = LangChain4jLanguageModel.from(settings(server.url(), Duration.ofMillis(400)));

        long start = System.nanoTime();
        var failure = catchThrowableOfType(ModelException.class, () -> model.write(request()));

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void givenBrokenJsonBody_write_throwsUnavailable() {
        var body = successBody(VALID_SECTION);
        server.reply(Reply.json(200, body.substring(0, body.length() / 2)));

        assertThat(failureOf().kind()).isEqualTo(Kind.UNAVAILABLE);
    }

    @Test
    void givenOffSchemaThenValidAnswer_write_repairsWithOneMoreCall() {
        server.reply(Reply.json(200, successBody("Sure! Markets were mixed today.")))
                .reply(Reply.json(200, successBody(VALID_SECTION)));

        var draft = model().write(request());

        assertThat(draft.section().title()).isEqualTo("Market overview");
        assertThat(draft.inputTokens()).isEqualTo(2 * recordedInputTokens());
        assertThat(draft.outputTokens()).isEqualTo(2 * recordedOutputTokens());
        assertThat(server.received()).hasSize(2).allSatisfy(this::assertIsChatRequest);
        assertThat(server.received().get(1).body())
                .contains("Sure! Markets were mixed today.")
                .contains("not a valid section")
                .contains("no JSON object");
    }

    @Test
    void givenOffSchemaTwice_write_throwsMalformedOutput() {
        server.reply(Reply.json(200, successBody("{\"title\": \"Markets\"}")))
                .reply(Reply.json(200, successBody("{\"title\": \"Markets\", \"summary\": \"<b>up</b>\"}")));

        var failure = failureOf();

        assertThat(failure.kind()).isEqualTo(Kind.MALFORMED_OUTPUT);
        assertThat(failure.getMessage()).contains("body must be a non-blank string");
        assertThat(server.received()).hasSize(2);
    }

    LangChain4jLanguageModel model() {
        return LangChain4jLanguageModel.from(settings(server.url(), Duration.ofSeconds(5)));
    }

    static SectionRequest request() {
        return aSectionRequest().withArticle("ASX hits a record", "The index closed higher.").build();
    }

    ModelException failureOf() {
        var model = model();
        return catchThrowableOfType(ModelException.class, () -> model.write(request()));
    }

    static JsonNode fixture(String path) {
        try (var in = Objects.requireNonNull(LanguageModelProviderContract.class.getResourceAsStream("/fixtures/" + path), path)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String path) {
        try (var in = Objects.requireNonNull(LanguageModelProviderContract.class.getResourceAsStream("/fixtures/" + path), path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode body(Received request) {
        try {
            return JSON.readTree(request.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
