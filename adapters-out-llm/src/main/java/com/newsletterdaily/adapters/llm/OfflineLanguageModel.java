package com.newsletterdaily.adapters.llm;

import com.newsletterdaily.application.port.out.Draft;
import com.newsletterdaily.application.port.out.LanguageModel;
import com.newsletterdaily.application.port.out.SectionRequest;

import java.time.Duration;
import java.util.Objects;

/** The offline writer behind the {@link LanguageModel} port: no network, no tokens, never fails on a provider. */
public final class OfflineLanguageModel implements LanguageModel {

    public static final String NAME = "offline";

    private final OfflineSectionWriter writer;

    public OfflineLanguageModel(OfflineSectionWriter writer) {
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    public OfflineLanguageModel() {
        this(new OfflineSectionWriter());
    }

    @Override
    public String provider() {
        return NAME;
    }

    @Override
    public String model() {
        return NAME;
    }

    @Override
    public Draft write(SectionRequest request) {
        long start = System.nanoTime();
        var section = writer.write(request);
        return new Draft(section, 0, 0, Duration.ofNanos(System.nanoTime() - start));
    }
}
