package com.newsletterdaily.adapters.llm;

/** The LLM provider APIs this adapter speaks, each with its public endpoint and whether it needs an API key. */
public enum ProviderType {
    OPENAI("https://api.openai.com/v1", true),
    ANTHROPIC("https://api.anthropic.com/v1/", true),
    OLLAMA("http://localhost:11434", false),
    GEMINI("https://generativelanguage.googleapis.com/v1beta", true);

    private final String defaultBaseUrl;
    private final boolean needsApiKey;

    ProviderType(String defaultBaseUrl, boolean needsApiKey) {
        this.defaultBaseUrl = defaultBaseUrl;
        this.needsApiKey = needsApiKey;
    }

    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    public boolean needsApiKey() {
        return needsApiKey;
    }
}
