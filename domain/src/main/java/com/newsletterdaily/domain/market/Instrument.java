package com.newsletterdaily.domain.market;

import java.util.Objects;

/** Something with a price that an edition follows: a symbol, a readable name and its asset class. */
public record Instrument(Symbol symbol, String name, AssetClass assetClass) {

    public Instrument {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(assetClass, "assetClass");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("instrument " + symbol + " needs a name");
        }
    }
}
