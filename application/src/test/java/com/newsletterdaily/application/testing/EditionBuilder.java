package com.newsletterdaily.application.testing;

import com.newsletterdaily.domain.newsletter.Edition;
import com.newsletterdaily.domain.newsletter.EditionStatus;
import com.newsletterdaily.domain.newsletter.Section;
import com.newsletterdaily.domain.newsletter.SectionKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test data: {@code anEdition().publishedOn(date).build()}. */
public final class EditionBuilder {

    private LocalDate date = LocalDate.of(2026, 12, 3);
    private EditionStatus status = EditionStatus.DRAFT;
    private Instant createdAt = Instant.parse("2026-12-02T19:00:00Z");
    private Instant publishedAt;
    private final List<Section> sections = new ArrayList<>();

    private EditionBuilder() {
    }

    public static EditionBuilder anEdition() {
        return new EditionBuilder();
    }

    public static Section aSection(SectionKind kind) {
        return new Section(kind, kind.defaultTitle(), "Summary of " + kind.defaultTitle() + ".",
                "Body of " + kind.defaultTitle() + ".\n\nA second paragraph.", List.of("First point", "Second point"));
    }

    public EditionBuilder on(LocalDate date) {
        this.date = date;
        return this;
    }

    public EditionBuilder publishedOn(LocalDate date) {
        this.date = date;
        this.status = EditionStatus.PUBLISHED;
        this.publishedAt = date.atTime(6, 0).toInstant(java.time.ZoneOffset.UTC);
        return this;
    }

    public EditionBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public EditionBuilder with(Section section) {
        sections.add(section);
        return this;
    }

    public Edition build() {
        var sections = new ArrayList<>(this.sections);
        if (sections.isEmpty()) {
            sections.add(aSection(SectionKind.MARKET_OVERVIEW));
        }
        return new Edition(date, status, sections, createdAt, publishedAt);
    }
}
