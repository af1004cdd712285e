package com.newsletterdaily.domain.market.archfixture.cycle;

import com.newsletterdaily.domain.content.archfixture.cycle.CyclicArticle;

/** Violation fixture: one half of a market/content cycle. */
public record CyclicQuote(String symbol, CyclicArticle mentionedIn) {
}
