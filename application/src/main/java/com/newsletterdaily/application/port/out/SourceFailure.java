package com.newsletterdaily.application.port.out;

import java.time.Instant;
import java.util.Objects;

/** One failed attempt to read a source: which source, for which kind of data, why, and when. */
public record SourceFailure(String source, String kind, String reason, Instant at) {

    public SourceFailure {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
