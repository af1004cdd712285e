package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.BudgetAlerts;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Budget alerts kept in a list, for tests. */
public final class RecordingBudgetAlerts implements BudgetAlerts {

    /** One alert as raised. */
    public record Alert(String period, int percent, BigDecimal spent, BigDecimal budget) {
    }

    private final List<Alert> alerts = new CopyOnWriteArrayList<>();

    @Override
    public void thresholdCrossed(String period, int percent, BigDecimal spent, BigDecimal budget) {
        alerts.add(new Alert(period, percent, spent, budget));
    }

    public List<Alert> alerts() {
        return List.copyOf(alerts);
    }
}
