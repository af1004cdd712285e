package com.newsletterdaily.adapters.llm;

import com.newsletterdaily.application.port.out.Draft;
import com.newsletterdaily.application.port.out.LanguageModel;
import com.newsletterdaily.application.port.out.SectionRequest;

import java.nio.file.Path;
import java.util.Objects;

/** Delegates to a real model and records each successful draft for {@link ReplayLanguageModel}. */
public final class RecordingLanguageModel implements LanguageModel {

    private final LanguageModel delegate;
    private final PromptBuilder prompts;
    private final Recordings recordings;

    public RecordingLanguageModel(LanguageModel delegate, PromptBuilder prompts, Path directory) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.recordings = new Recordings(directory);
    }

    @Override
    public String provider() {
        return delegate.provider();
    }

    @Override
    public String model() {
        return delegate.model();
    }

    @Override
    public Draft write(SectionRequest request) {
        var draft = delegate.write(request);
        var key = Recordings.key(provider(), model(), prompts.promptVersion(), prompts.build(request));
        recordings.write(new Recordings.RecordedAnswer(key, provider(), model(), prompts.promptVersion(),
                SectionJson.write(draft.section()), draft.inputTokens(), draft.outputTokens(), draft.latency().toNanos()));
        return draft;
    }
}
