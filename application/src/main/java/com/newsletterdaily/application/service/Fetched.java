package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.out.SourceFailure;
import com.newsletterdaily.domain.market.DataStatus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a source chain got: the first answer, if any source gave one, and every failure met on the way. */
public record Fetched<T>(Optional<Answer<T>> answer, List<SourceFailure> failures) {

    /** An answer, the source that gave it, and whether that was the first source (FRESH) or a later one (FALLBACK). */
    public record Answer<T>(T value, String source, DataStatus status) {

        public Answer {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(status, "status");
        }
    }

    public Fetched {
        Objects.requireNonNull(answer, "answer");
        failures = List.copyOf(failures);
    }

    /** FRESH or FALLBACK as the answer says, STALE when every source failed. */
    public DataStatus status() {
        return answer.map(Answer::status).orElse(DataStatus.STALE);
    }
}
