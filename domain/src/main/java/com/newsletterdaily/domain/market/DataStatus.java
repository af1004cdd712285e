package com.newsletterdaily.domain.market;

/** How current a stored number is: straight from its source, older than it should be, or from a fallback. */
public enum DataStatus {
    FRESH, STALE, FALLBACK
}
