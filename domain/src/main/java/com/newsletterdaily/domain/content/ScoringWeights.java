package com.newsletterdaily.domain.content;

/** How much source authority, recency and relevance count in an article's score; they add up to 1. */
public record ScoringWeights(double authority, double recency, double relevance) {

    /** The original product's weights. */
    public static final ScoringWeights DEFAULT = new ScoringWeights(0.40, 0.30, 0.30);

    public ScoringWeights {
        if (authority < 0 || recency < 0 || relevance < 0 || Math.abs(authority + recency + relevance - 1) > 1e-6) {
            throw new IllegalArgumentException("weights must be non-negative and add up to 1: "
                    + authority + ", " + recency + ", " + relevance);
        }
    }
}
