package com.newsletterdaily.adapters.postgres;

import com.newsletterdaily.application.port.out.MarketDataRepository;
import com.newsletterdaily.domain.market.CryptoMarket;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.FearGreedIndex;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.PriceHistory;
import com.newsletterdaily.domain.market.PricePoint;
import com.newsletterdaily.domain.market.Provenance;
import com.newsletterdaily.domain.market.Quote;
import com.newsletterdaily.domain.market.Symbol;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import io.helidon.dbclient.DbStatement;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Stores market data in {@code quotes_latest}, {@code price_history}, {@code crypto_market} and {@code fear_greed},
 * each save in one transaction.
 */
public final class PostgresMarketDataRepository implements MarketDataRepository {

    /** Rows are written in one order by every instance, so concurrent batches wait on each other, never deadlock. */
    private static final Comparator<Quote> BY_SYMBOL = Comparator.comparing(q -> q.instrument().symbol().value());

    /** The close whose provenance a read history carries: the latest fetched, then the latest date. */
    private static final Comparator<StoredClose> LATEST_FETCH = Comparator
            .comparing((StoredClose c) -> c.provenance().fetchedAt())
            .thenComparing(c -> c.point().date());

    private final DbClient client;

    /** Takes the client of a {@link PostgresDatabase}, which knows this repository's named statements. */
    public PostgresMarketDataRepository(DbClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public void saveQuotes(List<Quote> quotes) {
        var sorted = quotes.stream().sorted(BY_SYMBOL).toList();
        if (sorted.isEmpty()) {
            return;
        }
        Transactions.inTransaction(client, tx -> {
            for (Quote quote : sorted) {
                withProvenance(tx.createNamedDmlStatement("upsert-quote"), quote.provenance())
                        .addParam("symbol", quote.instrument().symbol().value())
                        .addParam("price", quote.price())
                        .addParam("previous_close", quote.previousClose())
                        .addParam("currency", quote.currency())
                        .execute();
            }
            return null;
        });
    }

    @Override
    public List<Quote> latestQuotes(List<Instrument> instruments) {
        var symbols = instruments.stream().map(i -> i.symbol().value()).distinct().toArray(String[]::new);
        if (symbols.length == 0) {
            return List.of();
        }
        var rows = new HashMap<String, DbRow>();
        try (Stream<DbRow> result = client.execute().createNamedQuery("select-quotes")
                .addParam("symbols", symbols).execute()) {
            result.forEach(row -> rows.put(SqlValues.text(row, "symbol"), row));
        }
        return instruments.stream()
                .filter(instrument -> rows.containsKey(instrument.symbol().value()))
                .map(instrument -> toQuote(instrument, rows.get(instrument.symbol().value())))
                .toList();
    }

    @Override
    public void saveHistory(PriceHistory history) {
        Objects.requireNonNull(history, "history");
        if (history.points().isEmpty()) {
            return;
        }
        Transactions.inTransaction(client, tx -> {
            for (PricePoint point : history.points()) {
                withProvenance(tx.createNamedDmlStatement("upsert-price-point"), history.provenance())
                        .addParam("symbol", history.symbol().value())
                        .addParam("trade_date", point.date())
                        .addParam("close", point.close())
                        .execute();
            }
            return null;
        });
    }

    @Override
    public Optional<PriceHistory> history(Symbol symbol, int days) {
        Objects.requireNonNull(symbol, "symbol");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        List<StoredClose> closes;
        try (Stream<DbRow> rows = client.execute().createNamedQuery("select-price-history")
                .addParam("symbol", symbol.value())
                .addParam("days", days)
                .execute()) {
            closes = rows.map(row -> new StoredClose(
                    new PricePoint(SqlValues.date(row, "trade_date"), SqlValues.decimal(row, "close")),
                    toProvenance(row))).toList();
        }
        return closes.stream().max(LATEST_FETCH).map(latest ->
                new PriceHistory(symbol, closes.stream().map(StoredClose::point).toList(), latest.provenance()));
    }

    @Override
    public void saveCryptoMarket(CryptoMarket market) {
        Objects.requireNonNull(market, "market");
        withProvenance(client.execute().createNamedDmlStatement("upsert-crypto-market"), market.provenance())
                .addParam("total_market_cap_usd", market.totalMarketCapUsd())
                .addParam("market_cap_change_24h_percent", market.marketCapChange24hPercent())
                .execute();
    }

    @Override
    public Optional<CryptoMarket> latestCryptoMarket() {
        return client.execute().createNamedGet("select-latest-crypto-market").execute()
                .map(row -> new CryptoMarket(SqlValues.decimal(row, "total_market_cap_usd"),
                        SqlValues.decimal(row, "market_cap_change_24h_percent"), toProvenance(row)));
    }

    @Override
    public void saveFearGreed(FearGreedIndex index) {
        Objects.requireNonNull(index, "index");
        withProvenance(client.execute().createNamedDmlStatement("upsert-fear-greed"), index.provenance())
                .addParam("value", index.value())
                .addParam("classification", index.classification())
                .execute();
    }

    @Override
    public Optional<FearGreedIndex> latestFearGreed() {
        return client.execute().createNamedGet("select-latest-fear-greed").execute()
                .map(row -> new FearGreedIndex(SqlValues.integer(row, "value"), SqlValues.text(row, "classification"),
                        toProvenance(row)));
    }

    private static <S extends DbStatement<S>> S withProvenance(S statement, Provenance provenance) {
        return statement
                .addParam("source", provenance.source())
                .addParam("as_of", SqlValues.timestamp(provenance.asOf()))
                .addParam("fetched_at", SqlValues.timestamp(provenance.fetchedAt()))
                .addParam("status", provenance.status().name());
    }

    private static Quote toQuote(Instrument instrument, DbRow row) {
        return new Quote(instrument, SqlValues.decimal(row, "price"), SqlValues.decimal(row, "previous_close"),
                SqlValues.text(row, "currency"), toProvenance(row));
    }

    private static Provenance toProvenance(DbRow row) {
        return new Provenance(SqlValues.text(row, "source"), SqlValues.instant(row, "as_of"),
                SqlValues.instant(row, "fetched_at"), DataStatus.valueOf(SqlValues.text(row, "status")));
    }

    private record StoredClose(PricePoint point, Provenance provenance) { }
}
