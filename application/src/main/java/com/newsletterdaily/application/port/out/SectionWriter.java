package com.newsletterdaily.application.port.out;

import com.newsletterdaily.domain.newsletter.Section;

/** Writes one section of an edition from the data it is given. */
public interface SectionWriter {

    Section write(SectionRequest request);
}
