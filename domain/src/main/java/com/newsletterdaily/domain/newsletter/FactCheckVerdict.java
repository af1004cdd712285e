package com.newsletterdaily.domain.newsletter;

import java.util.List;

/** The outcome of a fact check: passed when no fact mismatched, with every fact checked and each mismatch explained. */
public record FactCheckVerdict(boolean passed, List<CheckedFact> checked, List<String> mismatches) {

    public FactCheckVerdict {
        checked = List.copyOf(checked);
        mismatches = List.copyOf(mismatches);
        if (passed != mismatches.isEmpty()) {
            throw new IllegalArgumentException("a verdict passes exactly when it has no mismatches: " + mismatches);
        }
    }

    static FactCheckVerdict of(List<CheckedFact> checked, List<String> mismatches) {
        return new FactCheckVerdict(mismatches.isEmpty(), checked, mismatches);
    }
}
