package com.newsletterdaily.application.port.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Records every call to a writing provider and answers what they cost, in USD at scale 6. */
public interface CostLedger {

    void record(ModelCall call);

    /** The cost of the calls made at or after {@code from} and before {@code to}. */
    BigDecimal spentBetween(Instant from, Instant to);

    /** The cost of the calls made for the edition of a date. */
    BigDecimal spentOnEdition(LocalDate editionDate);

    /** One entry per day from {@code from} to {@code to} inclusive, days taken in {@code zone}, zero when nothing was spent. */
    List<DailySpend> spendPerDay(LocalDate from, LocalDate to, ZoneId zone);
}
