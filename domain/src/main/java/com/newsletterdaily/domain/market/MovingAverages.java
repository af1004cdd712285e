package com.newsletterdaily.domain.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** Simple moving averages of daily closes and the crossover signal of a short and a long one. */
public final class MovingAverages {

    public static final int DEFAULT_SHORT_DAYS = 8;
    public static final int DEFAULT_LONG_DAYS = 20;
    private static final int SCALE = 4;

    private MovingAverages() {
    }

    /** The mean of the last {@code days} closes, rounded half-up to four decimals; empty when there are fewer. */
    public static Optional<BigDecimal> simple(PriceHistory history, int days) {
        if (days <= 0) {
            throw new IllegalArgumentException("days must be positive: " + days);
        }
        var points = history.points();
        if (points.size() < days) {
            return Optional.empty();
        }
        var sum = sum(points, points.size(), days);
        return Optional.of(sum.divide(BigDecimal.valueOf(days), SCALE, RoundingMode.HALF_UP));
    }

    /** The 8- and 20-day trend of a history. */
    public static Optional<TrendSignal> trend(PriceHistory history) {
        return trend(history, DEFAULT_SHORT_DAYS, DEFAULT_LONG_DAYS);
    }

    /**
     * The averages at the latest close and whether the short one crossed the long one since the previous close.
     * Needs {@code longDays + 1} closes (the long average today and yesterday); empty with fewer.
     */
    public static Optional<TrendSignal> trend(PriceHistory history, int shortDays, int longDays) {
        if (shortDays <= 0 || longDays <= shortDays) {
            throw new IllegalArgumentException("need 0 < shortDays < longDays: " + shortDays + ", " + longDays);
        }
        var points = history.points();
        int n = points.size();
        if (n < longDays + 1) {
            return Optional.empty();
        }
        int today = shortAboveLong(points, n, shortDays, longDays);
        int yesterday = shortAboveLong(points, n - 1, shortDays, longDays);
        Signal signal = today > 0 && yesterday <= 0 ? Signal.BULLISH
                : today < 0 && yesterday >= 0 ? Signal.BEARISH
                : Signal.NONE;
        return Optional.of(new TrendSignal(history.symbol(), shortDays, simple(history, shortDays).orElseThrow(),
                longDays, simple(history, longDays).orElseThrow(), signal));
    }

    /** Compares the exact averages of the closes before index {@code end}: sumShort / s against sumLong / l. */
    private static int shortAboveLong(List<PricePoint> points, int end, int shortDays, int longDays) {
        var shortScaled = sum(points, end, shortDays).multiply(BigDecimal.valueOf(longDays));
        var longScaled = sum(points, end, longDays).multiply(BigDecimal.valueOf(shortDays));
        return shortScaled.compareTo(longScaled);
    }

    private static BigDecimal sum(List<PricePoint> points, int end, int days) {
        return points.subList(end - days, end).stream().map(PricePoint::close).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
