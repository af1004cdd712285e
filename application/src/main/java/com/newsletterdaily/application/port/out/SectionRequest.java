package com.newsletterdaily.application.port.out;

import com.newsletterdaily.domain.market.Quote;
import com.newsletterdaily.domain.newsletter.SectionKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What a section is written from: its kind, the edition's date and the data points with their provenance. */
public record SectionRequest(SectionKind kind, LocalDate editionDate, List<Quote> quotes) {

    public SectionRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(editionDate, "editionDate");
        quotes = List.copyOf(quotes);
    }
}
