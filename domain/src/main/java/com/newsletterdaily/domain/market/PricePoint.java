package com.newsletterdaily.domain.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** The closing price of one trading day. */
public record PricePoint(LocalDate date, BigDecimal close) {

    public PricePoint {
        Objects.requireNonNull(date, "date");
        if (close == null || close.signum() <= 0) {
            throw new IllegalArgumentException("close of " + date + " must be positive: " + close);
        }
    }
}
