package com.newsletterdaily.domain.market;

import java.math.BigDecimal;
import java.util.Objects;

/** The short and long moving averages of an instrument at its latest close, and the crossover signal they give. */
public record TrendSignal(Symbol symbol, int shortDays, BigDecimal shortAverage, int longDays,
                          BigDecimal longAverage, Signal signal) {

    public TrendSignal {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(shortAverage, "shortAverage");
        Objects.requireNonNull(longAverage, "longAverage");
        Objects.requireNonNull(signal, "signal");
        if (shortDays <= 0 || longDays <= shortDays) {
            throw new IllegalArgumentException("need 0 < shortDays < longDays: " + shortDays + ", " + longDays);
        }
    }
}
