package com.newsletterdaily.domain.newsletter;

/** The sections an edition can carry, in the order they appear. */
public enum SectionKind {
    MARKET_OVERVIEW("Market overview"),
    TOP_STORIES("Top stories");

    private final String defaultTitle;

    SectionKind(String defaultTitle) {
        this.defaultTitle = defaultTitle;
    }

    public String defaultTitle() {
        return defaultTitle;
    }
}
