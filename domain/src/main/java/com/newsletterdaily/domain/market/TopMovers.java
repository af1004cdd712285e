package com.newsletterdaily.domain.market;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** The biggest rises and falls since the previous close among some quotes, largest move first. */
public record TopMovers(List<Quote> gainers, List<Quote> losers) {

    public static final int DEFAULT_COUNT = 5;

    /** Larger relative change first, compared exactly (change / previous close), then by symbol. */
    private static final Comparator<Quote> BIGGEST_RISE_FIRST = ((Comparator<Quote>) TopMovers::compareChange)
            .reversed()
            .thenComparing(q -> q.instrument().symbol().value());
    private static final Comparator<Quote> BIGGEST_FALL_FIRST = ((Comparator<Quote>) TopMovers::compareChange)
            .thenComparing(q -> q.instrument().symbol().value());

    public TopMovers {
        gainers = List.copyOf(gainers);
        losers = List.copyOf(losers);
        if (gainers.stream().anyMatch(q -> q.direction() != Direction.UP)
                || losers.stream().anyMatch(q -> q.direction() != Direction.DOWN)) {
            throw new IllegalArgumentException("gainers must have risen and losers fallen");
        }
    }

    public static TopMovers of(List<Quote> quotes) {
        return of(quotes, DEFAULT_COUNT);
    }

    /** The {@code count} biggest risers and fallers; unchanged quotes are neither. */
    public static TopMovers of(List<Quote> quotes, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        return new TopMovers(
                quotes.stream().filter(q -> q.direction() == Direction.UP)
                        .sorted(BIGGEST_RISE_FIRST).limit(count).toList(),
                quotes.stream().filter(q -> q.direction() == Direction.DOWN)
                        .sorted(BIGGEST_FALL_FIRST).limit(count).toList());
    }

    private static int compareChange(Quote a, Quote b) {
        BigDecimal left = a.change().multiply(b.previousClose());
        BigDecimal right = b.change().multiply(a.previousClose());
        return left.compareTo(right);
    }
}
