package com.newsletterdaily.adapters.http;

import com.newsletterdaily.domain.newsletter.Edition;
import com.newsletterdaily.domain.newsletter.Section;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shape of a published edition. */
record EditionJson(LocalDate date, String status, Instant publishedAt, List<SectionJson> sections) {

    static EditionJson from(Edition edition) {
        return new EditionJson(edition.date(), edition.status().name().toLowerCase(), edition.publishedAt(),
                edition.sections().stream().map(SectionJson::from).toList());
    }

    record SectionJson(String kind, String title, String summary, String body, List<String> keyPoints) {

        static SectionJson from(Section section) {
            return new SectionJson(section.kind().name().toLowerCase().replace('_', '-'), section.title(),
                    section.summary(), section.body(), section.keyPoints());
        }
    }
}
