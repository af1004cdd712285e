package com.newsletterdaily.application.port.out;

import com.newsletterdaily.domain.newsletter.Section;

import java.time.Duration;
import java.util.Objects;

/** A section as a provider wrote it, with the tokens it used and how long it took. */
public record Draft(Section section, int inputTokens, int outputTokens, Duration latency) {

    public Draft {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(latency, "latency");
        if (inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("token counts cannot be negative");
        }
    }
}
