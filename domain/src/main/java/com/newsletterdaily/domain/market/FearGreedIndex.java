package com.newsletterdaily.domain.market;

import java.util.Objects;

/** The crypto fear and greed index: 0 (extreme fear) to 100 (extreme greed), with its source's label. */
public record FearGreedIndex(int value, String classification, Provenance provenance) {

    public FearGreedIndex {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException("fear and greed index out of 0..100: " + value);
        }
        if (classification == null || classification.isBlank()) {
            throw new IllegalArgumentException("fear and greed index needs a classification");
        }
        Objects.requireNonNull(provenance, "provenance");
    }

    public FearGreedIndex withStatus(DataStatus status) {
        return new FearGreedIndex(value, classification, provenance.withStatus(status));
    }
}
