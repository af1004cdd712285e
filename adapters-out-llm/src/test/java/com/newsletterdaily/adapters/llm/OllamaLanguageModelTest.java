package com.newsletterdaily.adapters.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsletterdaily.adapters.llm.FakeProviderServer.Received;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The Ollama chat wire format: {@code POST /api/chat}, non-streaming; a key, when set, goes as a Bearer header. */
class OllamaLanguageModelTest extends LanguageModelProviderContract {

    @Override
    ProviderSettings settings(String serverUrl, Duration timeout) {
        return new ProviderSettings("ollama-local", ProviderType.OLLAMA, "llama3.1", Optional.of(serverUrl),
                Optional.of(API_KEY), timeout, 800, 0.2);
    }

    @Override
    String successBody(String text) {
        var body = fixture("ollama/chat_llama3.1_2024-08-04.json");
        ((ObjectNode) body.path("message")).put("content", text);
        return body.toString();
    }

    @Override
    String errorBody(int status, String message) {
        return status == 404
                ? "{\"error\":\"model \\\"llama3.1\\\" not found, try pulling it first\"}"
                : "{\"error\":\"" + message + "\"}";
    }

    @Override
    int recordedInputTokens() {
        return 1300;
    }

    @Override
    int recordedOutputTokens() {
        return 125;
    }

    @Override
    void assertIsChatRequest(Received request) {
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/chat");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + API_KEY);
        var body = body(request);
        assertThat(body.path("model").asText()).isEqualTo("llama3.1");
        assertThat(body.path("stream").asBoolean(true)).isFalse();
        assertThat(body.path("options").path("num_predict").asInt()).isEqualTo(800);
    }
}
