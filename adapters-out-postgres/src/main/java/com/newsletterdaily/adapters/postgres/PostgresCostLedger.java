package com.newsletterdaily.adapters.postgres;

import com.newsletterdaily.application.port.out.CostLedger;
import com.newsletterdaily.application.port.out.DailySpend;
import com.newsletterdaily.application.port.out.ModelCall;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Records model calls in {@code model_calls} and sums their cost. Spend per day buckets the calls in Java, so that
 * any {@link ZoneId} (offsets included, which PostgreSQL's {@code at time zone} reads with the opposite sign) works.
 */
public final class PostgresCostLedger implements CostLedger {

    /** The longest failure reason stored, in characters (code points). */
    static final int MAX_FAILURE_LENGTH = 2000;

    private final DbClient client;

    /** Takes the client of a {@link PostgresDatabase}, which knows this ledger's named statements. */
    public PostgresCostLedger(DbClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public void record(ModelCall call) {
        Objects.requireNonNull(call, "call");
        client.execute().createNamedInsert("insert-model-call")
                .addParam("at", SqlValues.timestamp(call.at()))
                .addParam("provider", call.provider())
                .addParam("model", call.model())
                .addParam("input_tokens", call.inputTokens())
                .addParam("output_tokens", call.outputTokens())
                .addParam("cost", call.cost())
                .addParam("latency_ms", call.latency().toMillis())
                .addParam("cache_hit", call.cacheHit())
                .addParam("succeeded", call.succeeded())
                .addParam("failure", call.failure() == null ? null
                        : PostgresSourceStatusRepository.storable(call.failure(), MAX_FAILURE_LENGTH))
                .addParam("edition_date", call.editionDate())
                .addParam("section", call.section() == null ? null : call.section().name())
                .execute();
    }

    @Override
    public BigDecimal spentBetween(Instant from, Instant to) {
        return spent(client.execute().createNamedGet("select-spend-between")
                .addParam("from", SqlValues.timestamp(from))
                .addParam("to", SqlValues.timestamp(to))
                .execute().orElseThrow());
    }

    @Override
    public BigDecimal spentOnEdition(LocalDate editionDate) {
        return spent(client.execute().createNamedGet("select-spend-on-edition")
                .addParam("edition_date", Objects.requireNonNull(editionDate, "editionDate"))
                .execute().orElseThrow());
    }

    @Override
    public List<DailySpend> spendPerDay(LocalDate from, LocalDate to, ZoneId zone) {
        var spent = new LinkedHashMap<LocalDate, BigDecimal>();
        var calls = new LinkedHashMap<LocalDate, Long>();
        from.datesUntil(to.plusDays(1)).forEach(day -> {
            spent.put(day, BigDecimal.ZERO);
            calls.put(day, 0L);
        });
        try (Stream<DbRow> rows = client.execute().createNamedQuery("select-model-call-costs-between")
                .addParam("from", SqlValues.timestamp(from.atStartOfDay(zone).toInstant()))
                .addParam("to", SqlValues.timestamp(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .execute()) {
            rows.forEach(row -> {
                var day = LocalDate.ofInstant(SqlValues.instant(row, "at"), zone);
                spent.merge(day, SqlValues.decimal(row, "cost"), BigDecimal::add);
                calls.merge(day, 1L, Long::sum);
            });
        }
        return spent.entrySet().stream().map(Map.Entry::getKey)
                .map(day -> new DailySpend(day, spent.get(day).setScale(6, RoundingMode.HALF_UP), calls.get(day)))
                .toList();
    }

    private static BigDecimal spent(DbRow row) {
        return SqlValues.decimal(row, "spent").setScale(6, RoundingMode.HALF_UP);
    }
}
