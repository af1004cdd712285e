package com.newsletterdaily.application.port.in;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The dates, inclusive, to report the spend on writing for. */
public record SpendQuery(LocalDate from, LocalDate to) {

    /** The longest range a query may cover. */
    public static final int MAX_DAYS = 92;

    public SpendQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidRequestException("the range ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidRequestException("a spend report covers at most " + MAX_DAYS + " days");
        }
    }
}
