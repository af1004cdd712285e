package com.newsletterdaily.adapters.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsletterdaily.adapters.llm.FakeProviderServer.Received;
import com.newsletterdaily.application.port.out.ModelException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The Gemini Developer API wire format: {@code POST /v1beta/models/{model}:generateContent} with the API key. */
class GeminiLanguageModelTest extends LanguageModelProviderContract {

    @Test
    void givenRecorded400ApiKeyInvalid_write_throwsAuthentication() {
        server.reply(FakeProviderServer.Reply.json(400, text("gemini/error_400_API_KEY_INVALID.json")));

        assertThat(failureOf().kind()).isEqualTo(ModelException.Kind.AUTHENTICATION);
    }

    @Override
    ProviderSettings settings(String serverUrl, Duration timeout) {
        return new ProviderSettings("gemini-main", ProviderType.GEMINI, "gemini-2.0-flash", Optional.of(serverUrl + "/v1beta"),
                Optional.of(API_KEY), timeout, 800, 0.2);
    }

    @Override
    String successBody(String text) {
        var body = fixture("gemini/generateContent_gemini-2.0-flash-001_2026-01-23.json");
        ((ObjectNode) body.at("/candidates/0/content/parts/0")).put("text", text);
        return body.toString();
    }

    @Override
    String errorBody(int status, String message) {
        var grpcStatus = switch (status) {
            case 401 -> "UNAUTHENTICATED";
            case 404 -> "NOT_FOUND";
            case 429 -> "RESOURCE_EXHAUSTED";
            default -> "INTERNAL";
        };
        return """
                {"error": {"code": %d, "message": "%s", "status": "%s"}}""".formatted(status, message, grpcStatus);
    }

    @Override
    int recordedInputTokens() {
        return 1;
    }

    @Override
    int recordedOutputTokens() {
        return 11;
    }

    @Override
    void assertIsChatRequest(Received request) {
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1beta/models/gemini-2.0-flash:generateContent");
        var key = request.header("x-goog-api-key") != null ? request.header("x-goog-api-key") : request.query();
        assertThat(key).contains(API_KEY);
        var body = body(request);
        assertThat(body.path("generationConfig").path("maxOutputTokens").asInt()).isEqualTo(800);
        assertThat(body.path("systemInstruction").toString()).contains("Newsletter Daily");
    }
}
