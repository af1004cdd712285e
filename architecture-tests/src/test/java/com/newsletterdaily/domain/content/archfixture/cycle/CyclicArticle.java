package com.newsletterdaily.domain.content.archfixture.cycle;

import com.newsletterdaily.domain.market.archfixture.cycle.CyclicQuote;

/** Violation fixture: the other half of a market/content cycle. */
public record CyclicArticle(String title, CyclicQuote about) {
}
