package com.newsletterdaily.domain.market;

import java.util.regex.Pattern;

/** A ticker as the market-data sources spell it: {@code ^AXJO}, {@code CBA.AX}, {@code AUDUSD=X}, {@code bitcoin}. */
public record Symbol(String value) {

    private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9^=.\\-_]{1,32}");

    public Symbol {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("bad symbol: " + value);
        }
    }

    public static Symbol of(String value) {
        return new Symbol(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
