package com.newsletterdaily.adapters.http;

import com.newsletterdaily.application.port.in.SpendReport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON shape of a spend report: amounts in USD, per day and per edition. */
record SpendJson(LocalDate from, LocalDate to, String currency, BigDecimal total, List<DayJson> days,
                 List<EditionJson> editions) {

    static SpendJson from(SpendReport report) {
        return new SpendJson(report.from(), report.to(), "USD", report.total(),
                report.days().stream().map(d -> new DayJson(d.date(), d.spent(), d.calls())).toList(),
                report.editions().stream().map(e -> new EditionJson(e.editionDate(), e.spent())).toList());
    }

    record DayJson(LocalDate date, BigDecimal spent, long calls) {
    }

    record EditionJson(LocalDate editionDate, BigDecimal spent) {
    }
}
