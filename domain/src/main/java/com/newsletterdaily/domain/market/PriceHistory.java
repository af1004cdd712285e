package com.newsletterdaily.domain.market;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The daily closes of one instrument, oldest first, one per date, with where and when they were fetched. */
public record PriceHistory(Symbol symbol, List<PricePoint> points, Provenance provenance) {

    public PriceHistory {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(provenance, "provenance");
        points = points.stream().sorted(Comparator.comparing(PricePoint::date)).toList();
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).date().equals(points.get(i - 1).date())) {
                throw new IllegalArgumentException(symbol + " has two closes on " + points.get(i).date());
            }
        }
    }

    public Optional<PricePoint> latest() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.getLast());
    }

    /** The last {@code days} points, or all of them when there are fewer, with the same provenance. */
    public PriceHistory last(int days) {
        return new PriceHistory(symbol, points.subList(Math.max(0, points.size() - days), points.size()), provenance);
    }

    public PriceHistory withStatus(DataStatus status) {
        return new PriceHistory(symbol, points, provenance.withStatus(status));
    }
}
