package com.newsletterdaily.adapters.llm;

import com.newsletterdaily.application.port.out.Draft;
import com.newsletterdaily.application.port.out.LanguageModel;
import com.newsletterdaily.application.port.out.ModelException;
import com.newsletterdaily.application.port.out.SectionRequest;
import com.newsletterdaily.domain.newsletter.Section;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a section with any LangChain4j chat model (OpenAI, Anthropic, Ollama, Gemini): one call, and one repair
 * call when the answer is not a valid section, with tokens summed over both and errors mapped to
 * {@link ModelException}.
 */
public final class LangChain4jLanguageModel implements LanguageModel {

    private final String provider;
    private final String model;
    private final ChatModel chat;
    private final PromptBuilder prompts;
    private final Optional<String> apiKey;

    public LangChain4jLanguageModel(String provider, String model, ChatModel chat, PromptBuilder prompts) {
        this(provider, model, chat, prompts, Optional.empty());
    }

    private LangChain4jLanguageModel(String provider, String model, ChatModel chat, PromptBuilder prompts,
                                     Optional<String> apiKey) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.model = Objects.requireNonNull(model, "model");
        this.chat = Objects.requireNonNull(chat, "chat");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.apiKey = apiKey;
    }

    /** @throws IllegalArgumentException when the provider needs an API key and the settings have none */
    public static LangChain4jLanguageModel from(ProviderSettings settings) {
        return new LangChain4jLanguageModel(settings.name(), settings.model(), ChatModelFactory.create(settings),
                new PromptBuilder(), settings.apiKey());
    }

    @Override
    public String provider() {
        return provider;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public Draft write(SectionRequest request) {
        var prompt = prompts.build(request);
        var links = request.articles().stream().map(article -> article.url().toString()).collect(Collectors.toSet());
        long start = System.nanoTime();
        var messages = new ArrayList<ChatMessage>(List.of(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user())));
        var first = call(messages);
        var tokens = new Tokens().add(first);
        try {
            return draft(SectionJson.parse(text(first), request.kind(), links), tokens, start);
        } catch (SectionJson.InvalidAnswer invalid) {
            messages.add(AiMessage.from(text(first)));
            messages.add(UserMessage.from(("Your answer was not a valid section: %s. Reply with ONLY the corrected JSON "
                    + "object, following every rule above.").formatted(invalid.getMessage())));
            var second = call(messages);
            tokens.add(second);
            try {
                return draft(SectionJson.parse(text(second), request.kind(), links), tokens, start);
            } catch (SectionJson.InvalidAnswer stillInvalid) {
                throw new ModelException(provider, ModelException.Kind.MALFORMED_OUTPUT,
                        "answer still invalid after one repair: " + stillInvalid.getMessage(), null, stillInvalid);
            }
        }
    }

    private ChatResponse call(List<ChatMessage> messages) {
        try {
            return chat.chat(messages);
        } catch (RuntimeException failure) {
            throw ProviderErrors.map(provider, failure, apiKey);
        }
    }

    private static String text(ChatResponse response) {
        return response.aiMessage() == null || response.aiMessage().text() == null ? "" : response.aiMessage().text();
    }

    private static Draft draft(Section section, Tokens tokens, long start) {
        return new Draft(section, tokens.input, tokens.output, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Token counts summed over the calls of one write; a provider that reports none counts as zero. */
    private static final class Tokens {
        private int input;
        private int output;

        Tokens add(ChatResponse response) {
            var usage = response.tokenUsage();
            if (usage != null) {
                input += usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
                output += usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
            }
            return this;
        }
    }
}
