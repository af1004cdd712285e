package com.newsletterdaily.domain.market;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceHistoryTest {

    private static final Symbol CBA = Symbol.of("CBA.AX");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final Provenance YAHOO = new Provenance("yahoo", Instant.parse("2026-12-02T05:10:00Z"),
            Instant.parse("2026-12-02T06:00:00Z"), DataStatus.FRESH);

    @Test
    void givenThreeCloses_last_keepsTheLatestDaysAndTheProvenance() {
        var history = new PriceHistory(CBA, List.of(point(2, "152"), point(0, "150"), point(1, "151")), YAHOO);

        var last = history.last(2);

        assertThat(last.points()).containsExactly(point(1, "151"), point(2, "152"));
        assertThat(last.provenance()).isEqualTo(YAHOO);
    }

    @Test
    void givenFallbackStatus_withStatus_changesOnlyTheStatus() {
        var history = new PriceHistory(CBA, List.of(point(0, "150")), YAHOO);

        var fallback = history.withStatus(DataStatus.FALLBACK);

        assertThat(fallback.provenance()).isEqualTo(YAHOO.withStatus(DataStatus.FALLBACK));
        assertThat(fallback.points()).isEqualTo(history.points());
    }

    @Test
    void givenNoProvenance_history_isRefused() {
        assertThatThrownBy(() -> new PriceHistory(CBA, List.of(point(0, "150")), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("provenance");
    }

    private static PricePoint point(int day, String close) {
        return new PricePoint(MONDAY.plusDays(day), new BigDecimal(close));
    }
}
