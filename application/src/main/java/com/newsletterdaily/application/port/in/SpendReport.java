package com.newsletterdaily.application.port.in;

import com.newsletterdaily.application.port.out.DailySpend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What writing cost in USD over a range: each day (days in the newsletter's zone, zero days included), each edition
 * that cost something, and the total of the days.
 */
public record SpendReport(LocalDate from, LocalDate to, BigDecimal total, List<DailySpend> days,
                          List<EditionSpend> editions) {

    /** What the calls made for the edition of a date cost. */
    public record EditionSpend(LocalDate editionDate, BigDecimal spent) {
        public EditionSpend {
            Objects.requireNonNull(editionDate, "editionDate");
            Objects.requireNonNull(spent, "spent");
        }
    }

    public SpendReport {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(total, "total");
        days = List.copyOf(days);
        editions = List.copyOf(editions);
    }
}
