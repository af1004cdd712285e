package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.CostLedger;
import com.newsletterdaily.application.port.out.DailySpend;
import com.newsletterdaily.application.port.out.ModelCall;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A cost ledger in a list, for tests; it passes the same contract as the PostgreSQL one and shows its calls. */
public final class InMemoryCostLedger implements CostLedger {

    private final List<ModelCall> calls = new CopyOnWriteArrayList<>();

    @Override
    public void record(ModelCall call) {
        calls.add(Objects.requireNonNull(call, "call"));
    }

    @Override
    public BigDecimal spentBetween(Instant from, Instant to) {
        return sum(call -> !call.at().isBefore(from) && call.at().isBefore(to));
    }

    @Override
    public BigDecimal spentOnEdition(LocalDate editionDate) {
        return sum(call -> editionDate.equals(call.editionDate()));
    }

    @Override
    public List<DailySpend> spendPerDay(LocalDate from, LocalDate to, ZoneId zone) {
        return from.datesUntil(to.plusDays(1)).map(day -> {
            Predicate<ModelCall> onDay = call -> LocalDate.ofInstant(call.at(), zone).equals(day);
            return new DailySpend(day, sum(onDay), calls.stream().filter(onDay).count());
        }).toList();
    }

    public List<ModelCall> calls() {
        return List.copyOf(calls);
    }

    private BigDecimal sum(Predicate<ModelCall> which) {
        return calls.stream().filter(which).map(ModelCall::cost).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(6, RoundingMode.HALF_UP);
    }
}
