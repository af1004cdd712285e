package com.newsletterdaily.adapters.postgres;

import com.newsletterdaily.adapters.postgres.testing.MigratedDatabase;
import com.newsletterdaily.application.port.out.CostLedger;
import com.newsletterdaily.application.port.out.ModelCall;
import com.newsletterdaily.application.testing.CostLedgerContract;
import com.newsletterdaily.domain.newsletter.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresCostLedgerTest extends CostLedgerContract {

    @RegisterExtension
    static final MigratedDatabase database = MigratedDatabase.truncatingBeforeEach("model_calls");

    @Override
    protected CostLedger ledger() {
        return new PostgresCostLedger(database.client());
    }

    @Test
    void givenCall_record_storesEveryColumn() {
        ledger().record(new ModelCall(MORNING, "anthropic", "claude-sonnet", 1234, 567, new BigDecimal("0.012345"),
                Duration.ofMillis(1500), false, false, "anthropic rate limited: \u0000 slow down", EDITION,
                SectionKind.MARKET_OVERVIEW));

        var row = database.client().execute().createQuery("select * from model_calls").execute().findFirst()
                .orElseThrow();
        assertThat(SqlValues.instant(row, "at")).isEqualTo(MORNING);
        assertThat(SqlValues.text(row, "provider")).isEqualTo("anthropic");
        assertThat(SqlValues.integer(row, "input_tokens")).isEqualTo(1234);
        assertThat(SqlValues.decimal(row, "cost")).isEqualTo(new BigDecimal("0.012345"));
        assertThat(SqlValues.integer(row, "latency_ms")).isEqualTo(1500);
        assertThat(SqlValues.value(row, "succeeded")).isEqualTo(false);
        assertThat(SqlValues.text(row, "failure")).isEqualTo("anthropic rate limited: \uFFFD slow down");
        assertThat(SqlValues.date(row, "edition_date")).isEqualTo(EDITION);
        assertThat(SqlValues.text(row, "section")).isEqualTo("MARKET_OVERVIEW");
    }

    @Test
    void givenCallsAtAnOffsetZone_spendPerDay_bucketsByTheOffsetsLocalDay() {
        var ledger = ledger();
        var plusTen = ZoneOffset.ofHours(10);
        ledger.record(aCall(EDITION.atStartOfDay(plusTen).toInstant().minusSeconds(1), "0.100000", null));
        ledger.record(aCall(EDITION.atStartOfDay(plusTen).toInstant(), "0.200000", null));

        assertThat(ledger.spendPerDay(EDITION, EDITION, plusTen)).singleElement()
                .satisfies(day -> assertThat(day.spent()).isEqualTo(new BigDecimal("0.200000")));
    }
}
