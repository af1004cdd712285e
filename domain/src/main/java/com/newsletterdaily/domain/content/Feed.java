package com.newsletterdaily.domain.content;

import java.net.URI;
import java.util.Objects;

/** A configured RSS or Atom feed: its name, the category of its items, where it lives and how authoritative it is (0..1). */
public record Feed(String name, NewsCategory category, URI url, double authority) {

    public Feed {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("feed needs a name");
        }
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(url, "url");
        if (!(authority >= 0 && authority <= 1)) {
            throw new IllegalArgumentException("authority of " + name + " must be within 0..1: " + authority);
        }
    }
}
