package com.newsletterdaily.adapters.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsletterdaily.adapters.llm.FakeProviderServer.Received;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The Anthropic Messages wire format: {@code POST /v1/messages} with {@code x-api-key} and a version header. */
class AnthropicLanguageModelTest extends LanguageModelProviderContract {

    @Override
    ProviderSettings settings(String serverUrl, Duration timeout) {
        return new ProviderSettings("anthropic-main", ProviderType.ANTHROPIC, "claude-sonnet-4-20250514",
                Optional.of(serverUrl + "/v1/"), Optional.of(API_KEY), timeout, 800, 0.2);
    }

    @Override
    String successBody(String text) {
        var body = fixture("anthropic/message_claude-sonnet-4_2025-12-01.json");
        for (JsonNode block : body.path("content")) {
            if (block.path("type").asText().equals("text")) {
                ((ObjectNode) block).put("text", text);
            }
        }
        return body.toString();
    }

    @Override
    String errorBody(int status, String message) {
        if (status == 404) {
            return text("anthropic/error_404_not_found_error.json");
        }
        var type = switch (status) {
            case 401 -> "authentication_error";
            case 429 -> "rate_limit_error";
            default -> "api_error";
        };
        return """
                {"type": "error", "error": {"type": "%s", "message": "%s"}, "request_id": "req_test"}"""
                .formatted(type, message);
    }

    @Override
    int recordedInputTokens() {
        return 9;
    }

    @Override
    int recordedOutputTokens() {
        return 18;
    }

    @Override
    void assertIsChatRequest(Received request) {
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/messages");
        assertThat(request.header("x-api-key")).isEqualTo(API_KEY);
        assertThat(request.header("anthropic-version")).isNotBlank();
        var body = body(request);
        assertThat(body.path("model").asText()).isEqualTo("claude-sonnet-4-20250514");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(800);
        assertThat(body.path("system").toString()).contains("Newsletter Daily");
    }
}
