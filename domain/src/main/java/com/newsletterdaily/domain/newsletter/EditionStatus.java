package com.newsletterdaily.domain.newsletter;

/** The life cycle of an edition: written as a draft, then published to readers. */
public enum EditionStatus {
    DRAFT, PUBLISHED
}
