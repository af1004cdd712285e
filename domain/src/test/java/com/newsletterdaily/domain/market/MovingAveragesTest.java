package com.newsletterdaily.domain.market;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MovingAveragesTest {

    private static final Symbol CBA = Symbol.of("CBA.AX");
    private static final Instant AT = Instant.parse("2026-11-21T06:00:00Z");
    private static final Provenance YAHOO = new Provenance("yahoo", AT, AT, DataStatus.FRESH);

    @Test
    void givenCloses_simple_averagesTheLastN() {
        var history = history(10, 20, 30, 40);

        assertThat(MovingAverages.simple(history, 2)).contains(new BigDecimal("35.0000"));
        assertThat(MovingAverages.simple(history, 3)).contains(new BigDecimal("30.0000"));
        assertThat(MovingAverages.simple(history, 5)).isEmpty();
    }

    @Test
    void givenShortAverageRisesThroughLong_trend_isBullish() {
        // Short (2) vs long (4): yesterday 10,10,10,10 -> equal; today the jump lifts the short above.
        var trend = MovingAverages.trend(history(10, 10, 10, 10, 10, 14), 2, 4).orElseThrow();

        assertThat(trend.signal()).isEqualTo(Signal.BULLISH);
        assertThat(trend.shortAverage()).isEqualByComparingTo("12");
        assertThat(trend.longAverage()).isEqualByComparingTo("11");
        assertThat(trend.symbol()).isEqualTo(CBA);
    }

    @Test
    void givenShortAverageFallsThroughLong_trend_isBearish() {
        var trend = MovingAverages.trend(history(10, 11, 12, 13, 14, 8), 2, 4).orElseThrow();

        assertThat(trend.signal()).isEqualTo(Signal.BEARISH);
    }

    @Test
    void givenShortStaysAboveLong_trend_givesNoSignal() {
        var trend = MovingAverages.trend(history(10, 11, 12, 13, 14, 15), 2, 4).orElseThrow();

        assertThat(trend.signal()).isEqualTo(Signal.NONE);
        assertThat(trend.shortAverage()).isGreaterThan(trend.longAverage());
    }

    @Test
    void givenTooFewCloses_trend_isEmpty() {
        assertThat(MovingAverages.trend(history(10, 11, 12, 13), 2, 4)).isEmpty();
        assertThat(MovingAverages.trend(history(IntStream.range(0, 20).map(i -> 100 + i).toArray()))).isEmpty();
    }

    @Test
    void givenTwentyOneDailyCloses_trendWithDefaults_uses8And20Days() {
        // 20 flat closes then a jump: the 8-day average moves more than the 20-day one.
        int[] closes = IntStream.range(0, 21).map(i -> i < 20 ? 100 : 140).toArray();

        var trend = MovingAverages.trend(history(closes)).orElseThrow();

        assertThat(trend.shortDays()).isEqualTo(8);
        assertThat(trend.longDays()).isEqualTo(20);
        assertThat(trend.shortAverage()).isEqualByComparingTo("105");
        assertThat(trend.longAverage()).isEqualByComparingTo("102");
        assertThat(trend.signal()).isEqualTo(Signal.BULLISH);
    }

    @Test
    void givenAveragesDifferingBelowRoundingPrecision_trend_comparesExactly() {
        // Short average 10.000005 vs long average 10.0000025: equal at four decimals, but short is above.
        var history = new PriceHistory(CBA, List.of(
                point(0, "10"), point(1, "10"), point(2, "10"), point(3, "10"), point(4, "10.00001")), YAHOO);

        assertThat(MovingAverages.trend(history, 2, 4).orElseThrow().signal()).isEqualTo(Signal.BULLISH);
    }

    @Test
    void givenLongNotLongerThanShort_trend_rejects() {
        assertThatThrownBy(() -> MovingAverages.trend(history(1, 2, 3), 4, 4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PriceHistory history(int... closes) {
        var points = new ArrayList<PricePoint>();
        for (int i = 0; i < closes.length; i++) {
            points.add(point(i, String.valueOf(closes[i])));
        }
        return new PriceHistory(CBA, points, YAHOO);
    }

    private static PricePoint point(int day, String close) {
        return new PricePoint(LocalDate.of(2026, 11, 1).plusDays(day), new BigDecimal(close));
    }
}
