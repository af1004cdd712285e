package com.newsletterdaily.domain.content;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/** A news item taken from a feed: what it says, where it lives and when it was published. */
public record Article(NewsCategory category, String title, String summary, URI url, String source,
                      Instant publishedAt) {

    public Article {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("article " + url + " needs a title");
        }
        summary = summary == null ? "" : summary;
        source = source == null ? "" : source;
    }
}
