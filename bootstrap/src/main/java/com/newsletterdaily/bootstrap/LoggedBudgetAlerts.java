package com.newsletterdaily.bootstrap;

import com.newsletterdaily.application.port.out.BudgetAlerts;
import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Tag;

import java.lang.System.Logger.Level;
import java.math.BigDecimal;

/** Raises a budget alert as a WARNING log line and the counter {@code newsletter_budget_alerts_total}. */
final class LoggedBudgetAlerts implements BudgetAlerts {

    private static final System.Logger LOG = System.getLogger(LoggedBudgetAlerts.class.getName());

    @Override
    public void thresholdCrossed(String period, int percent, BigDecimal spent, BigDecimal budget) {
        LOG.log(Level.WARNING, "LLM " + period + " budget at " + percent + "%: spent " + spent.toPlainString()
                + " of " + budget.toPlainString() + " USD" + (percent >= 100
                ? "; paid providers are skipped until the period ends" : ""));
        Metrics.getOrCreate(Counter.builder("newsletter.budget.alerts")
                        .description("LLM budget thresholds crossed")
                        .addTag(Tag.create("period", period))
                        .addTag(Tag.create("percent", Integer.toString(percent))))
                .increment();
    }
}
