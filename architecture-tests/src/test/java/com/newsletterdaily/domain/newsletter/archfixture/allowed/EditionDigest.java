package com.newsletterdaily.domain.newsletter.archfixture.allowed;

import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.market.Quote;

import java.util.List;

/** Allowed fixture: the newsletter composing market and content. */
public record EditionDigest(List<Quote> quotes, List<Article> articles) {
}
