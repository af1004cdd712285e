package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.in.InvalidRequestException;
import com.newsletterdaily.application.port.in.SpendQuery;
import com.newsletterdaily.application.port.in.SpendReport;
import com.newsletterdaily.application.port.out.DailySpend;
import com.newsletterdaily.application.port.out.ModelCall;
import com.newsletterdaily.application.testing.InMemoryCostLedger;
import com.newsletterdaily.domain.newsletter.SectionKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GetSpendServiceTest {

    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    private static final LocalDate DEC_3 = LocalDate.of(2026, 12, 3);

    private final InMemoryCostLedger ledger = new InMemoryCostLedger();
    private final GetSpendService service = new GetSpendService(ledger, SYDNEY);

    @Test
    void givenCallsForTwoEditions_spend_answersEachDayEachEditionAndTheTotal() {
        // 07:30 on 3 December in Sydney, writing that day's edition, then the next day's the evening before
        record(Instant.parse("2026-12-02T20:30:00Z"), "0.001000", DEC_3);
        record(Instant.parse("2026-12-03T10:00:00Z"), "0.002500", DEC_3.plusDays(1));

        var report = service.spend(new SpendQuery(DEC_3, DEC_3.plusDays(1)));

        assertThat(report.total()).isEqualTo(new BigDecimal("0.003500"));
        assertThat(report.days()).containsExactly(new DailySpend(DEC_3, new BigDecimal("3.5E-3").setScale(6), 2),
                new DailySpend(DEC_3.plusDays(1), new BigDecimal("0.000000"), 0));
        assertThat(report.editions()).containsExactly(
                new SpendReport.EditionSpend(DEC_3, new BigDecimal("0.001000")),
                new SpendReport.EditionSpend(DEC_3.plusDays(1), new BigDecimal("0.002500")));
    }

    @Test
    void givenReversedOrTooLongRange_query_isRejected() {
        assertThatThrownBy(() -> new SpendQuery(DEC_3, DEC_3.minusDays(1))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new SpendQuery(DEC_3, DEC_3.plusDays(SpendQuery.MAX_DAYS)))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(new SpendQuery(DEC_3, DEC_3.plusDays(SpendQuery.MAX_DAYS - 1)).to()).isAfter(DEC_3);
    }

    private void record(Instant at, String cost, LocalDate edition) {
        ledger.record(new ModelCall(at, "openai", "gpt", 10, 10, new BigDecimal(cost), Duration.ofMillis(5), false,
                true, null, edition, SectionKind.MARKET_OVERVIEW));
    }
}
