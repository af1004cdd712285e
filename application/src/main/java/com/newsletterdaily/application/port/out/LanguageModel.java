package com.newsletterdaily.application.port.out;

/**
 * One configured writing provider (a model at OpenAI, Anthropic, Ollama or Gemini, a replay of recorded answers,
 * or the offline writer) that drafts one section from its request. It makes one attempt, plus at most one repair
 * attempt when the answer is malformed; retries, fallback, budgets, caching and fact checks are the caller's.
 */
public interface LanguageModel {

    /** The provider's configured name, e.g. {@code openai-main}. */
    String provider();

    /** The model id, e.g. {@code gpt-4.1-mini}; {@code offline} for the offline writer. */
    String model();

    /** @throws ModelException when the provider fails or keeps answering something unusable */
    Draft write(SectionRequest request);
}
