package com.newsletterdaily.domain.market;

import java.time.Instant;
import java.util.Objects;

/** Where a number came from: the source, when the source says it was true, when we fetched it, and its status. */
public record Provenance(String source, Instant asOf, Instant fetchedAt, DataStatus status) {

    public Provenance {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("provenance needs a source");
        }
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(status, "status");
    }

    public Provenance withStatus(DataStatus status) {
        return new Provenance(source, asOf, fetchedAt, status);
    }
}
