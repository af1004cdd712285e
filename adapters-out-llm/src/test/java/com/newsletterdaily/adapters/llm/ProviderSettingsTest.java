package com.newsletterdaily.adapters.llm;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProviderSettingsTest {

    @Test
    void givenApiKey_toString_masksIt() {
        var settings = settings(ProviderType.OPENAI, Optional.of("sk-secret-123"));

        assertThat(settings.toString()).doesNotContain("sk-secret-123").contains("apiKey=****");
    }

    @Test
    void givenNoBaseUrl_baseUrlOrDefault_isTheProvidersPublicEndpoint() {
        assertThat(settings(ProviderType.ANTHROPIC, Optional.empty()).baseUrlOrDefault())
                .isEqualTo("https://api.anthropic.com/v1/");
        assertThat(settings(ProviderType.GEMINI, Optional.empty()).baseUrlOrDefault())
                .isEqualTo("https://generativelanguage.googleapis.com/v1beta");
    }

    @Test
    void givenBlankKey_constructor_treatsItAsAbsent() {
        assertThat(settings(ProviderType.OPENAI, Optional.of("  ")).apiKey()).isEmpty();
    }

    @Test
    void givenKeyedProviderWithoutKey_createChatModel_refuses() {
        assertThatThrownBy(() -> ChatModelFactory.create(settings(ProviderType.ANTHROPIC, Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs an API key");
    }

    @Test
    void givenOllamaWithoutKey_createChatModel_works() {
        assertThat(ChatModelFactory.create(settings(ProviderType.OLLAMA, Optional.empty()))).isNotNull();
    }

    @Test
    void givenZeroTimeout_constructor_rejectsIt() {
        assertThatThrownBy(() -> new ProviderSettings("p", ProviderType.OPENAI, "m", Optional.empty(), Optional.empty(),
                Duration.ZERO, 100, 0.2)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ProviderSettings settings(ProviderType type, Optional<String> key) {
        return new ProviderSettings("p", type, "model", Optional.empty(), key, Duration.ofSeconds(30), 800, 0.2);
    }
}
