package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.CostLedger;
import com.newsletterdaily.application.port.out.DailySpend;
import com.newsletterdaily.application.port.out.ModelCall;
import com.newsletterdaily.domain.newsletter.SectionKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The behaviour every {@link CostLedger} shows; each implementation's test extends it. */
public abstract class CostLedgerContract {

    protected static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    /** 07:30 on 3 December 2026 in Sydney. */
    protected static final Instant MORNING = Instant.parse("2026-12-02T20:30:00Z");
    protected static final LocalDate EDITION = LocalDate.of(2026, 12, 3);

    /** A ledger over an empty store. */
    protected abstract CostLedger ledger();

    protected static ModelCall aCall(Instant at, String cost, LocalDate editionDate) {
        return new ModelCall(at, "openai", "gpt-4.1-mini", 1200, 300, new BigDecimal(cost), Duration.ofMillis(850),
                false, true, null, editionDate, editionDate == null ? null : SectionKind.MARKET_OVERVIEW);
    }

    @Test
    void givenNothingRecorded_spend_isZero() {
        var ledger = ledger();

        assertThat(ledger.spentBetween(MORNING.minusSeconds(86_400), MORNING)).isEqualByComparingTo("0");
        assertThat(ledger.spentOnEdition(EDITION)).isEqualByComparingTo("0");
        assertThat(ledger.spendPerDay(EDITION, EDITION, SYDNEY))
                .containsExactly(new DailySpend(EDITION, new BigDecimal("0.000000"), 0));
    }

    @Test
    void givenCalls_spentBetween_sumsThoseFromTheStartInclusiveToTheEndExclusive() {
        var ledger = ledger();
        ledger.record(aCall(MORNING, "0.001200", EDITION));
        ledger.record(aCall(MORNING.plusSeconds(60), "0.000034", EDITION));
        ledger.record(aCall(MORNING.plusSeconds(120), "5.000000", EDITION));

        assertThat(ledger.spentBetween(MORNING, MORNING.plusSeconds(120))).isEqualTo(new BigDecimal("0.001234"));
    }

    @Test
    void givenCallsOfTwoEditionsAndNone_spentOnEdition_sumsOnlyThatEdition() {
        var ledger = ledger();
        ledger.record(aCall(MORNING, "0.250000", EDITION));
        ledger.record(aCall(MORNING, "0.500000", EDITION.plusDays(1)));
        ledger.record(aCall(MORNING, "1.000000", null));
        ledger.record(aCall(MORNING.plusSeconds(1), "0.125000", EDITION));

        assertThat(ledger.spentOnEdition(EDITION)).isEqualTo(new BigDecimal("0.375000"));
    }

    @Test
    void givenCallsAroundMidnightInTheZone_spendPerDay_bucketsThemByLocalDayWithEmptyDaysAsZero() {
        var ledger = ledger();
        var midnight = EDITION.plusDays(1).atStartOfDay(SYDNEY).toInstant();
        ledger.record(aCall(midnight.minusSeconds(1), "0.100000", EDITION));
        ledger.record(aCall(midnight, "0.200000", EDITION));
        ledger.record(aCall(midnight.plusSeconds(3600), "0.300000", null));

        assertThat(ledger.spendPerDay(EDITION.minusDays(1), EDITION.plusDays(2), SYDNEY)).containsExactly(
                new DailySpend(EDITION.minusDays(1), new BigDecimal("0.000000"), 0),
                new DailySpend(EDITION, new BigDecimal("0.100000"), 1),
                new DailySpend(EDITION.plusDays(1), new BigDecimal("0.500000"), 2),
                new DailySpend(EDITION.plusDays(2), new BigDecimal("0.000000"), 0));
    }

    @Test
    void givenCacheHitsAndFailures_spend_countsThemAtTheirCost() {
        var ledger = ledger();
        ledger.record(new ModelCall(MORNING, "anthropic", "claude", 0, 0, BigDecimal.ZERO, Duration.ZERO, true, true,
                null, EDITION, SectionKind.MARKET_OVERVIEW));
        ledger.record(new ModelCall(MORNING, "openai", "gpt", 0, 0, BigDecimal.ZERO, Duration.ofSeconds(30), false,
                false, "openai timeout: no answer in 30 s\nsecond line ✓", EDITION, SectionKind.MARKET_OVERVIEW));

        assertThat(ledger.spentOnEdition(EDITION)).isEqualByComparingTo("0");
        assertThat(ledger.spendPerDay(EDITION, EDITION, SYDNEY)).singleElement()
                .extracting(DailySpend::calls).isEqualTo(2L);
    }
}
