package com.newsletterdaily.domain.content;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/** A news item taken from a feed: what it says, where it lives and when it was published. */
public record Article(NewsCategory category, String title, String summary, URI url, String source,
                      Instant publishedAt) {

    /** Longer URLs are tracking noise or abuse; storage refuses them too. */
    public static final int MAX_URL_LENGTH = 2000;

    public Article {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("article " + url + " needs a title");
        }
        if (url.toString().length() > MAX_URL_LENGTH) {
            throw new IllegalArgumentException("article URL longer than " + MAX_URL_LENGTH + " characters");
        }
        title = withoutNul(title);
        summary = summary == null ? "" : withoutNul(summary);
        source = source == null ? "" : withoutNul(source);
    }

    private static String withoutNul(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace("\0", "");
    }
}
