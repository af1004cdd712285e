package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.domain.content.Article;

import java.util.List;

/** What a parsed feed yielded: its readable articles, and why each other item was skipped. */
public record FeedItems(List<Article> articles, List<String> skipped) {

    public FeedItems {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }
}
