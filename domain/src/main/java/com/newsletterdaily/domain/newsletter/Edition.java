package com.newsletterdaily.domain.newsletter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The newsletter of one day: its sections, one per kind in the kinds' order, and its life cycle from draft
 * to published.
 */
public record Edition(LocalDate date, EditionStatus status, List<Section> sections, Instant createdAt,
                      Instant publishedAt) {

    public Edition {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        sections = List.copyOf(sections);
        if (sections.stream().map(Section::kind).distinct().count() != sections.size()) {
            throw new IllegalArgumentException("edition " + date + " has two sections of one kind");
        }
        if (status == EditionStatus.PUBLISHED && (publishedAt == null || sections.isEmpty())) {
            throw new IllegalArgumentException("published edition " + date + " needs a time and a section");
        }
        if (status == EditionStatus.DRAFT && publishedAt != null) {
            throw new IllegalArgumentException("draft edition " + date + " cannot have a publication time");
        }
    }

    public static Edition draft(LocalDate date, Instant now) {
        return new Edition(date, EditionStatus.DRAFT, List.of(), now, null);
    }

    /** This edition with the section added, or replacing the one of the same kind. */
    public Edition withSection(Section section) {
        var next = new ArrayList<Section>();
        sections.stream().filter(s -> s.kind() != section.kind()).forEach(next::add);
        next.add(section);
        next.sort(Comparator.comparing(Section::kind));
        return new Edition(date, status, next, createdAt, publishedAt);
    }

    public Edition publish(Instant now) {
        if (status == EditionStatus.PUBLISHED) {
            throw new IllegalStateException("edition " + date + " is already published");
        }
        if (sections.isEmpty()) {
            throw new IllegalStateException("edition " + date + " has no sections to publish");
        }
        return new Edition(date, EditionStatus.PUBLISHED, sections, createdAt, now);
    }

    public boolean isPublished() {
        return status == EditionStatus.PUBLISHED;
    }

    public Optional<Section> section(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }
}
