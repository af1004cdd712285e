package com.newsletterdaily.domain.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** The latest price of an instrument against its previous close, with the provenance of both numbers. */
public record Quote(Instrument instrument, BigDecimal price, BigDecimal previousClose, String currency,
                    Provenance provenance) {

    public Quote {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(provenance, "provenance");
        requirePositive(price, "price", instrument);
        requirePositive(previousClose, "previousClose", instrument);
        if (currency == null || currency.isBlank()) {
            throw new IllegalArgumentException("quote for " + instrument.symbol() + " needs a currency");
        }
    }

    /** Absolute change since the previous close. */
    public BigDecimal change() {
        return price.subtract(previousClose);
    }

    /** Change since the previous close in percent, rounded half-up to two decimals. */
    public BigDecimal changePercent() {
        return change().multiply(BigDecimal.valueOf(100)).divide(previousClose, 2, RoundingMode.HALF_UP);
    }

    public Quote withStatus(DataStatus status) {
        return new Quote(instrument, price, previousClose, currency, provenance.withStatus(status));
    }

    public Direction direction() {
        return Direction.of(change());
    }

    private static void requirePositive(BigDecimal value, String field, Instrument instrument) {
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException(field + " of " + instrument.symbol() + " must be positive: " + value);
        }
    }
}
