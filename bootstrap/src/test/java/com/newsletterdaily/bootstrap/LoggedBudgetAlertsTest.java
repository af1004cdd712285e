package com.newsletterdaily.bootstrap;

import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LoggedBudgetAlertsTest {

    @Test
    void givenThresholdCrossed_alert_countsItPerPeriodAndPercent() {
        var alerts = new LoggedBudgetAlerts();
        var daily80 = List.of(Tag.create("period", "daily"), Tag.create("percent", "80"));
        long before = Metrics.getCounter("newsletter.budget.alerts", daily80).map(c -> c.count()).orElse(0L);

        alerts.thresholdCrossed("daily", 80, new BigDecimal("0.80"), new BigDecimal("1.00"));
        alerts.thresholdCrossed("daily", 80, new BigDecimal("0.85"), new BigDecimal("1.00"));
        alerts.thresholdCrossed("monthly", 50, new BigDecimal("10.00"), new BigDecimal("20.00"));

        assertThat(Metrics.getCounter("newsletter.budget.alerts", daily80)).hasValueSatisfying(
                counter -> assertThat(counter.count()).isEqualTo(before + 2));
        assertThat(Metrics.getCounter("newsletter.budget.alerts",
                List.of(Tag.create("period", "monthly"), Tag.create("percent", "50")))).isPresent();
    }
}
