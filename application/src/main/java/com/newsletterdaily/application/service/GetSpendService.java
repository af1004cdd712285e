package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.in.GetSpendUseCase;
import com.newsletterdaily.application.port.in.SpendQuery;
import com.newsletterdaily.application.port.in.SpendReport;
import com.newsletterdaily.application.port.out.CostLedger;
import com.newsletterdaily.application.port.out.DailySpend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Objects;

/** Answers the spend on writing from the cost ledger, days taken in the newsletter's zone. */
public final class GetSpendService implements GetSpendUseCase {

    private final CostLedger ledger;
    private final ZoneId zone;

    public GetSpendService(CostLedger ledger, ZoneId zone) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public SpendReport spend(SpendQuery query) {
        var days = ledger.spendPerDay(query.from(), query.to(), zone);
        var total = days.stream().map(DailySpend::spent).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(6, RoundingMode.HALF_UP);
        var editions = query.from().datesUntil(query.to().plusDays(1))
                .map(date -> new SpendReport.EditionSpend(date, ledger.spentOnEdition(date)))
                .filter(edition -> edition.spent().signum() > 0)
                .toList();
        return new SpendReport(query.from(), query.to(), total, days, editions);
    }
}
