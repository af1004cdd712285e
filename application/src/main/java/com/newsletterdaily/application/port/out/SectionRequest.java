package com.newsletterdaily.application.port.out;

import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.market.Quote;
import com.newsletterdaily.domain.newsletter.SectionKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a section is written from: its kind, the edition's date, the data points with their provenance and the
 * articles chosen for it. Everything a writer states must come from here.
 */
public record SectionRequest(SectionKind kind, LocalDate editionDate, List<Quote> quotes, List<Article> articles) {

    public SectionRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(editionDate, "editionDate");
        quotes = List.copyOf(quotes);
        articles = List.copyOf(articles);
    }

    public SectionRequest(SectionKind kind, LocalDate editionDate, List<Quote> quotes) {
        this(kind, editionDate, quotes, List.of());
    }
}
