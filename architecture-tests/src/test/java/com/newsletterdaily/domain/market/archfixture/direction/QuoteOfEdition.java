package com.newsletterdaily.domain.market.archfixture.direction;

import com.newsletterdaily.domain.newsletter.Edition;

/** Violation fixture: market reaching up to the newsletter. */
public record QuoteOfEdition(String symbol, Edition edition) {
}
