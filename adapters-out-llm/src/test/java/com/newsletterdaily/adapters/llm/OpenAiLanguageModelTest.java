package com.newsletterdaily.adapters.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsletterdaily.adapters.llm.FakeProviderServer.Received;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAI chat-completions wire format: {@code POST /v1/chat/completions} with a Bearer key. */
class OpenAiLanguageModelTest extends LanguageModelProviderContract {

    @Override
    ProviderSettings settings(String serverUrl, Duration timeout) {
        return new ProviderSettings("openai-main", ProviderType.OPENAI, "gpt-4.1-mini", Optional.of(serverUrl + "/v1"),
                Optional.of(API_KEY), timeout, 800, 0.2);
    }

    @Override
    String successBody(String text) {
        var body = (ObjectNode) fixture("openai/chat_completion_gpt-4.1-mini_2026-01-23.json");
        ((ObjectNode) body.at("/choices/0/message")).put("content", text);
        return body.toString();
    }

    @Override
    String errorBody(int status, String message) {
        if (status == 404) {
            return text("openai/error_404_model_not_found.json");
        }
        return """
                {"error": {"message": "%s", "type": "%s", "param": null, "code": null}}"""
                .formatted(message, status == 429 ? "requests" : status == 401 ? "invalid_request_error" : "server_error");
    }

    @Override
    int recordedInputTokens() {
        return 505;
    }

    @Override
    int recordedOutputTokens() {
        return 29;
    }

    @Override
    void assertIsChatRequest(Received request) {
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + API_KEY);
        var body = body(request);
        assertThat(body.path("model").asText()).isEqualTo("gpt-4.1-mini");
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
    }
}
