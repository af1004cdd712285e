package com.newsletterdaily.adapters.postgres;

import com.newsletterdaily.adapters.postgres.testing.Latches;
import com.newsletterdaily.adapters.postgres.testing.MigratedDatabase;
import com.newsletterdaily.application.port.out.MarketDataRepository;
import com.newsletterdaily.application.testing.MarketDataRepositoryContract;
import com.newsletterdaily.domain.market.AssetClass;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.Provenance;
import com.newsletterdaily.domain.market.Quote;
import com.newsletterdaily.domain.market.Symbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresMarketDataRepositoryTest extends MarketDataRepositoryContract {

    @RegisterExtension
    static final MigratedDatabase database = MigratedDatabase.truncatingBeforeEach("quotes_latest", "price_history", "crypto_market", "fear_greed");

    @Override
    protected MarketDataRepository repository() {
        return new PostgresMarketDataRepository(database.client());
    }

    @Test
    void givenQuoteRejectedByTheDatabaseMidBatch_saveQuotes_writesNoneOfTheBatch() {
        var repository = repository();
        var stored = quote(ASX_200, "8000.00", "7990.00", CLOSE.minusSeconds(60), DataStatus.FRESH);
        repository.saveQuotes(List.of(stored));
        database.client().execute().dml("alter table quotes_latest add constraint no_xxx check (currency <> 'XXX')");
        try {
            var rejected = new Quote(BITCOIN, BigDecimal.ONE, BigDecimal.ONE, "XXX",
                    new Provenance("coingecko", CLOSE, FETCHED, DataStatus.FRESH));
            // Written in symbol order: CBA.AX, then ^AXJO, then bitcoin, which fails.
            var batch = List.of(quote(CBA, "150.10", "149.00", CLOSE, DataStatus.FRESH),
                    quote(ASX_200, "8123.45", "8100.10", CLOSE, DataStatus.FRESH), rejected);

            assertThatThrownBy(() -> repository.saveQuotes(batch)).rootCause().hasMessageContaining("no_xxx");

            assertThat(repository.latestQuotes(List.of(ASX_200, CBA, BITCOIN))).containsExactly(stored);
        } finally {
            database.client().execute().dml("alter table quotes_latest drop constraint no_xxx");
        }
    }

    @Test
    void givenCloseRejectedByTheDatabaseMidHistory_saveHistory_writesNoneOfIt() {
        var repository = repository();
        database.client().execute().dml("alter table price_history add constraint no_999 check (close <> 999)");
        try {
            assertThatThrownBy(() -> repository.saveHistory(history(CBA, MONDAY, "150", "999", "151")))
                    .rootCause().hasMessageContaining("no_999");

            assertThat(repository.history(CBA.symbol(), 10)).isEmpty();
        } finally {
            database.client().execute().dml("alter table price_history drop constraint no_999");
        }
    }

    @Test
    void givenTwoInstancesSavingTheSameSymbolsInOppositeOrders_saveQuotes_neitherFailsAndTheNewestWins() throws Exception {
        var instruments = new ArrayList<Instrument>();
        for (int i = 0; i < 100; i++) {
            instruments.add(new Instrument(Symbol.of("S" + i + ".AX"), "Stock " + i, AssetClass.EQUITY));
        }
        try (var other = new PostgresDatabase(database.settings()); var threads = Executors.newFixedThreadPool(2)) {
            var first = new PostgresMarketDataRepository(database.client());
            var second = new PostgresMarketDataRepository(other.client());
            for (int round = 0; round < 10; round++) {
                var older = new ArrayList<Quote>();
                var newer = new ArrayList<Quote>();
                for (var instrument : instruments) {
                    older.add(quote(instrument, "100." + round, "99", CLOSE.plusSeconds(round * 2L), DataStatus.FRESH));
                    newer.add(quote(instrument, "200." + round, "99", CLOSE.plusSeconds(round * 2L + 1), DataStatus.FRESH));
                }
                var start = new CountDownLatch(1);
                var a = threads.submit(() -> { Latches.await(start); first.saveQuotes(older); });
                var b = threads.submit(() -> { Latches.await(start); second.saveQuotes(newer.reversed()); });
                start.countDown();
                a.get(30, TimeUnit.SECONDS);
                b.get(30, TimeUnit.SECONDS);

                assertThat(first.latestQuotes(instruments)).isEqualTo(newer);
            }
        }
    }
}
