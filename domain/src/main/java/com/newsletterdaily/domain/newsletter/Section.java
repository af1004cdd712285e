package com.newsletterdaily.domain.newsletter;

import java.util.List;
import java.util.Objects;

/**
 * One written part of an edition: a title, a one-paragraph summary, the body and a few key points, with the verdict
 * of its fact check ({@code null} when it was not checked).
 */
public record Section(SectionKind kind, String title, String summary, String body, List<String> keyPoints,
                      FactCheckVerdict factCheck) {

    public Section {
        Objects.requireNonNull(kind, "kind");
        requireText(title, "title", kind);
        requireText(summary, "summary", kind);
        requireText(body, "body", kind);
        keyPoints = List.copyOf(keyPoints == null ? List.of() : keyPoints);
        for (String point : keyPoints) {
            requireText(point, "key point", kind);
            if (point.contains("\n")) {
                throw new IllegalArgumentException("a key point of " + kind + " spans lines: " + point);
            }
        }
    }

    /** A section that has not been fact-checked. */
    public Section(SectionKind kind, String title, String summary, String body, List<String> keyPoints) {
        this(kind, title, summary, body, keyPoints, null);
    }

    /** The same text carrying the verdict of its fact check ({@code null} to drop it). */
    public Section withFactCheck(FactCheckVerdict verdict) {
        return new Section(kind, title, summary, body, keyPoints, verdict);
    }

    private static void requireText(String value, String field, SectionKind kind) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(kind + " section needs a " + field);
        }
    }
}
