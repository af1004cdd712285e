package com.newsletterdaily.adapters.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

import java.util.Map;

/**
 * Creates the LangChain4j chat model for one provider's settings, with LangChain4j's own retries off (retries,
 * backoff and fallback are the caller's) and an HTTP client that keeps Retry-After.
 */
public final class ChatModelFactory {

    private ChatModelFactory() {
    }

    /** @throws IllegalArgumentException when the provider needs an API key and none is configured */
    public static ChatModel create(ProviderSettings settings) {
        if (settings.type().needsApiKey() && settings.apiKey().isEmpty()) {
            throw new IllegalArgumentException("provider " + settings.name() + " (" + settings.type() + ") needs an API key");
        }
        var key = settings.apiKey().orElse(null);
        var url = settings.baseUrlOrDefault();
        return switch (settings.type()) {
            case OPENAI -> OpenAiChatModel.builder().httpClientBuilder(RetryAfterHttpClient.builder())
                    .baseUrl(url).apiKey(key).modelName(settings.model()).timeout(settings.timeout())
                    .maxTokens(settings.maxTokens()).temperature(settings.temperature()).maxRetries(0).build();
            case ANTHROPIC -> AnthropicChatModel.builder().httpClientBuilder(RetryAfterHttpClient.builder())
                    .baseUrl(url).apiKey(key).modelName(settings.model()).timeout(settings.timeout())
                    .maxTokens(settings.maxTokens()).temperature(settings.temperature()).maxRetries(0).build();
            case OLLAMA -> OllamaChatModel.builder().httpClientBuilder(RetryAfterHttpClient.builder())
                    .baseUrl(url).modelName(settings.model()).timeout(settings.timeout())
                    .numPredict(settings.maxTokens()).temperature(settings.temperature()).maxRetries(0)
                    .customHeaders(key == null ? Map.of() : Map.of("Authorization", "Bearer " + key)).build();
            case GEMINI -> GoogleAiGeminiChatModel.builder().httpClientBuilder(RetryAfterHttpClient.builder())
                    .baseUrl(url).apiKey(key).modelName(settings.model()).timeout(settings.timeout())
                    .maxOutputTokens(settings.maxTokens()).temperature(settings.temperature()).maxRetries(0).build();
        };
    }
}
