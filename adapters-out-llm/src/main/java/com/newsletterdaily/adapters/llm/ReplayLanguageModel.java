package com.newsletterdaily.adapters.llm;

import com.newsletterdaily.application.port.out.Draft;
import com.newsletterdaily.application.port.out.LanguageModel;
import com.newsletterdaily.application.port.out.ModelException;
import com.newsletterdaily.application.port.out.SectionRequest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Answers from recordings made by {@link RecordingLanguageModel} for a given provider and model, so an edition
 * can be reproduced exactly; a request that was never recorded is {@link ModelException.Kind#REJECTED}.
 */
public final class ReplayLanguageModel implements LanguageModel {

    private final String recordedProvider;
    private final String recordedModel;
    private final PromptBuilder prompts;
    private final Recordings recordings;

    public ReplayLanguageModel(String recordedProvider, String recordedModel, PromptBuilder prompts, Path directory) {
        this.recordedProvider = Objects.requireNonNull(recordedProvider, "recordedProvider");
        this.recordedModel = Objects.requireNonNull(recordedModel, "recordedModel");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.recordings = new Recordings(directory);
    }

    /** The recorded provider's name, so a replayed edition reads as the original. */
    @Override
    public String provider() {
        return recordedProvider;
    }

    @Override
    public String model() {
        return recordedModel;
    }

    @Override
    public Draft write(SectionRequest request) {
        var key = Recordings.key(recordedProvider, recordedModel, prompts.promptVersion(), prompts.build(request));
        var recording = recordings.read(key).orElseThrow(() ->
                new ModelException(recordedProvider, ModelException.Kind.REJECTED, "no recording for " + key));
        var links = request.articles().stream().map(article -> article.url().toString()).collect(Collectors.toSet());
        try {
            return new Draft(SectionJson.parse(recording.answer(), request.kind(), links), recording.inputTokens(),
                    recording.outputTokens(), Duration.ofNanos(recording.latencyNanos()));
        } catch (SectionJson.InvalidAnswer invalid) {
            throw new ModelException(recordedProvider, ModelException.Kind.MALFORMED_OUTPUT,
                    "recording " + key + " is not a valid section: " + invalid.getMessage(), null, invalid);
        }
    }
}
