package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.domain.market.PriceHistory;
import com.newsletterdaily.domain.market.PricePoint;
import com.newsletterdaily.domain.market.Provenance;
import com.newsletterdaily.domain.market.Symbol;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Daily closes for the offline snapshot, generated instead of stored: the last close is the snapshot price, the one
 * before it the previous close, and earlier ones walk backwards by daily moves of at most {@code volatility}, drawn
 * from a {@link Random} seeded with the symbol's {@link String#hashCode()}. Both are specified by the JDK, so every
 * JVM generates the same closes, and a shorter history is always the tail of a longer one.
 */
final class OfflineHistory {

    private OfflineHistory() {
    }

    /**
     * @param everyDay crypto trades every day; other instruments get weekdays only
     * @param volatility the largest daily move as a fraction, e.g. 0.012
     * @param provenance the snapshot's, carried by the history
     */
    static PriceHistory walk(Symbol symbol, LocalDate lastDate, BigDecimal price, BigDecimal previousClose, int days,
                             boolean everyDay, double volatility, Provenance provenance) {
        var random = new Random(symbol.value().hashCode());
        int scale = Math.max(2, price.scale());
        var points = new ArrayList<PricePoint>(days);
        LocalDate date = tradingDayOnOrBefore(lastDate, everyDay);
        BigDecimal close = price;
        for (int i = 0; i < days; i++) {
            points.add(new PricePoint(date, close.setScale(scale, RoundingMode.HALF_UP)));
            if (i == 0) {
                close = previousClose;
            } else {
                double move = (random.nextDouble() * 2 - 1) * volatility;
                close = close.divide(BigDecimal.valueOf(1 + move), scale + 4, RoundingMode.HALF_UP);
            }
            date = tradingDayOnOrBefore(date.minusDays(1), everyDay);
        }
        Collections.reverse(points);
        return new PriceHistory(symbol, List.copyOf(points), provenance);
    }

    private static LocalDate tradingDayOnOrBefore(LocalDate date, boolean everyDay) {
        LocalDate day = date;
        while (!everyDay && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
