package com.newsletterdaily.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.newsletterdaily.domain.newsletter.Disclaimer;
import com.newsletterdaily.domain.newsletter.Edition;
import com.newsletterdaily.domain.newsletter.FactCheckVerdict;
import com.newsletterdaily.domain.newsletter.Section;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shape of a published edition, with each section's fact-check summary and the edition's disclaimer. */
record EditionJson(LocalDate date, String status, Instant publishedAt, List<SectionJson> sections,
                   String disclaimer) {

    static EditionJson from(Edition edition) {
        return new EditionJson(edition.date(), edition.status().name().toLowerCase(), edition.publishedAt(),
                edition.sections().stream().map(SectionJson::from).toList(), Disclaimer.DISCLAIMER);
    }

    record SectionJson(String kind, String title, String summary, String body, List<String> keyPoints,
                       @JsonInclude(JsonInclude.Include.NON_NULL) FactCheckJson factCheck) {

        static SectionJson from(Section section) {
            return new SectionJson(section.kind().name().toLowerCase().replace('_', '-'), section.title(),
                    section.summary(), section.body(), section.keyPoints(),
                    section.factCheck() == null ? null : FactCheckJson.from(section.factCheck()));
        }
    }

    /** Whether the section's numbers and direction words matched its data, how many were checked, and what did not. */
    record FactCheckJson(boolean passed, int checked, List<String> mismatches) {

        static FactCheckJson from(FactCheckVerdict verdict) {
            return new FactCheckJson(verdict.passed(), verdict.checked().size(), verdict.mismatches());
        }
    }
}
