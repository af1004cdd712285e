package com.newsletterdaily.application.port.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** What the model calls of one day cost in USD, and how many calls there were (cache hits included). */
public record DailySpend(LocalDate date, BigDecimal spent, long calls) {

    public DailySpend {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(spent, "spent");
        if (spent.signum() < 0 || calls < 0) {
            throw new IllegalArgumentException("spend cannot be negative: " + spent + ", " + calls);
        }
    }
}
