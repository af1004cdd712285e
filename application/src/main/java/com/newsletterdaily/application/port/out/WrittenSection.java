package com.newsletterdaily.application.port.out;

import com.newsletterdaily.domain.newsletter.Section;

import java.util.Objects;

/** A section ready for the edition (cleaned, with its fact-check verdict) and the usage of the writer that wrote it. */
public record WrittenSection(Section section, WritingUsage usage) {

    public WrittenSection {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(usage, "usage");
    }
}
