package com.newsletterdaily.domain.content;

import java.util.Objects;

/** An article with its score in 0..1. */
public record ScoredArticle(Article article, double score) {

    public ScoredArticle {
        Objects.requireNonNull(article, "article");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be within 0..1: " + score);
        }
    }
}
