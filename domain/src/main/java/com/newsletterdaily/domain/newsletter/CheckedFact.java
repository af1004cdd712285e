package com.newsletterdaily.domain.newsletter;

import java.util.Set;

/**
 * One number, percentage, date or direction word found in generated text, and the data it matched
 * ({@code matchedAgainst} is empty for a number that matched nothing).
 */
public record CheckedFact(String text, String kind, boolean matched, String matchedAgainst) {

    public static final String NUMBER = "number";
    public static final String PERCENT = "percent";
    public static final String DATE = "date";
    public static final String DIRECTION = "direction";

    private static final Set<String> KINDS = Set.of(NUMBER, PERCENT, DATE, DIRECTION);

    public CheckedFact {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a checked fact needs its text");
        }
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown kind of checked fact: " + kind);
        }
        matchedAgainst = matchedAgainst == null ? "" : matchedAgainst;
    }
}
