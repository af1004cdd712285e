package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.out.BudgetAlerts;
import com.newsletterdaily.application.port.out.CostLedger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether a paid call may go ahead: not once today's or this month's spend (from the cost ledger, days and
 * months in the budgets' zone) has reached its budget. It alerts when a check finds spend at or past 50%, 80% or
 * 100% of a budget. Raised alerts are remembered per instance and period, so each instance alerts at most once per
 * threshold and period: with several instances an operator may see one alert per instance, never none.
 */
final class BudgetGuard {

    private static final System.Logger LOG = System.getLogger(BudgetGuard.class.getName());
    private static final List<Integer> THRESHOLDS = List.of(50, 80, 100);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final WritingSettings.Budgets budgets;
    private final CostLedger ledger;
    private final BudgetAlerts alerts;
    private final Clock clock;
    private final Set<String> raised = ConcurrentHashMap.newKeySet();

    BudgetGuard(WritingSettings.Budgets budgets, CostLedger ledger, BudgetAlerts alerts, Clock clock) {
        this.budgets = budgets;
        this.ledger = ledger;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** Whether both budgets leave room; when the ledger cannot answer, no paid call is allowed. */
    boolean allowsPaidCall() {
        ZoneId zone = budgets.zone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate month = today.withDayOfMonth(1);
        try {
            var spentToday = ledger.spentBetween(today.atStartOfDay(zone).toInstant(),
                    today.plusDays(1).atStartOfDay(zone).toInstant());
            var spentThisMonth = ledger.spentBetween(month.atStartOfDay(zone).toInstant(),
                    month.plusMonths(1).atStartOfDay(zone).toInstant());
            boolean daily = withinBudget("daily", today, spentToday, budgets.daily());
            boolean monthly = withinBudget("monthly", month, spentThisMonth, budgets.monthly());
            return daily && monthly;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot read the spend on writing; skipping paid providers: " + e);
            return false;
        }
    }

    private boolean withinBudget(String period, LocalDate periodStart, BigDecimal spent, BigDecimal budget) {
        if (budget.signum() == 0) {
            return false;
        }
        for (int percent : THRESHOLDS) {
            boolean crossed = spent.multiply(HUNDRED).compareTo(budget.multiply(BigDecimal.valueOf(percent))) >= 0;
            if (crossed && raised.add(period + ":" + percent + ":" + periodStart)) {
                alert(period, percent, spent, budget);
            }
        }
        return spent.compareTo(budget) < 0;
    }

    private void alert(String period, int percent, BigDecimal spent, BigDecimal budget) {
        try {
            alerts.thresholdCrossed(period, percent, spent, budget);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Budget alert failed: " + e);
        }
    }
}
