package com.newsletterdaily.application.port.out;

import java.math.BigDecimal;

/** Tells operators that spending on writing crossed a share of its budget (the bootstrap logs it and counts it). */
public interface BudgetAlerts {

    /**
     * @param period  {@code daily} or {@code monthly}
     * @param percent the share of the budget crossed: 50, 80 or 100 (the hard limit)
     */
    void thresholdCrossed(String period, int percent, BigDecimal spent, BigDecimal budget);
}
