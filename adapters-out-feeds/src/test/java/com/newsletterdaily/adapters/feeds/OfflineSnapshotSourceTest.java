package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.application.port.out.CryptoMarketSource;
import com.newsletterdaily.application.port.out.PriceHistorySource;
import com.newsletterdaily.application.port.out.QuoteSource;
import com.newsletterdaily.application.port.out.SentimentSource;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.PricePoint;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.newsletterdaily.adapters.feeds.TestInstruments.CLOCK;
import static com.newsletterdaily.adapters.feeds.TestInstruments.NOW;
import static com.newsletterdaily.adapters.feeds.TestInstruments.crypto;
import static com.newsletterdaily.adapters.feeds.TestInstruments.equity;
import static com.newsletterdaily.adapters.feeds.TestInstruments.index;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link OfflineSnapshotSource}: the bundled snapshot covers the default universe and passes every port's contract. */
class OfflineSnapshotSourceTest {

    private static final List<String> WATCHLIST = List.of("CBA", "BHP", "CSL", "NAB", "WBC", "ANZ", "WES", "MQG",
            "FMG", "RIO", "WDS", "GMG", "WOW", "TLS", "ALL", "WTC", "STO", "QBE", "TCL", "COL", "MIN", "AMP", "ORG",
            "S32", "RMD", "IAG", "REA", "QAN", "SHL", "TWE");

    private final OfflineSnapshotSource source = OfflineSnapshotSource.bundled(CLOCK);

    private static List<Instrument> defaultUniverse() {
        var all = new ArrayList<Instrument>();
        Stream.of("^AXJO", "^GSPC", "^IXIC", "^DJI", "^N225", "^FTSE").map(TestInstruments::index).forEach(all::add);
        WATCHLIST.stream().map(s -> equity(s + ".AX")).forEach(all::add);
        Stream.of("AUDUSD=X", "AUDEUR=X", "AUDJPY=X", "AUDGBP=X", "AUDNZD=X", "GC=F", "SI=F", "HG=F", "CL=F", "NG=F")
                .map(TestInstruments::equity).forEach(all::add);
        Stream.of("bitcoin", "ethereum", "binancecoin", "solana")
                .flatMap(c -> Stream.of(crypto(c), crypto(c + ".aud"))).forEach(all::add);
        return all;
    }

    @Test
    void givenTheDefaultUniverse_quotes_coversEveryInstrument() {
        var universe = defaultUniverse();

        assertThat(source.quotes(universe)).hasSize(universe.size());
    }

    @Test
    void givenCryptoInAud_quotes_spellsItWithTheAudSuffixLikeCoinGecko() {
        var quotes = source.quotes(List.of(crypto("bitcoin"), crypto("bitcoin.aud")));

        assertThat(quotes).extracting(q -> q.currency()).containsExactly("USD", "AUD");
        assertThat(CoinGeckoSymbol.parse(quotes.get(1).instrument().symbol()))
                .isEqualTo(new CoinGeckoSymbol("bitcoin", "aud"));
    }

    @Test
    void givenKnownIndex_quotes_returnsTheSnapshotWithItsAsOfTime() {
        var quote = source.quotes(List.of(index("^AXJO"))).getFirst();

        assertThat(quote.price()).isEqualByComparingTo(new BigDecimal("8412.30"));
        assertThat(quote.currency()).isEqualTo("AUD");
        assertThat(quote.provenance().source()).isEqualTo("offline-snapshot");
        assertThat(quote.provenance().status()).isEqualTo(DataStatus.FRESH);
        assertThat(quote.provenance().asOf()).isBefore(NOW);
    }

    @Test
    void givenAnEquity_history_endsWithTheSnapshotPriceAfterThePreviousCloseOnWeekdays() {
        var history = source.history(equity("CBA.AX"), 30);

        assertThat(history.points()).hasSize(30);
        assertThat(history.points().getLast()).isEqualTo(new PricePoint(LocalDate.of(2026, 12, 2), new BigDecimal("158.42")));
        assertThat(history.points().get(28).close()).isEqualByComparingTo("156.10");
        assertThat(history.points()).extracting(p -> p.date().getDayOfWeek())
                .doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void givenCrypto_history_hasEveryCalendarDay() {
        var history = source.history(crypto("bitcoin"), 10);

        assertThat(history.points().getFirst().date()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void givenTwoSourcesOnDifferentClocks_history_hasTheSameClosesFetchedAtEachClocksTime() {
        var other = OfflineSnapshotSource.bundled(Clock.systemUTC());

        var history = source.history(equity("BHP.AX"), 30);
        var otherHistory = other.history(equity("BHP.AX"), 30);

        assertThat(otherHistory.points()).isEqualTo(history.points());
        assertThat(otherHistory.provenance().asOf()).isEqualTo(history.provenance().asOf());
        assertThat(history.provenance().fetchedAt()).isEqualTo(NOW);
    }

    @Test
    void givenAnEquity_history_isAsOfTheSnapshot() {
        var history = source.history(equity("CBA.AX"), 30);
        var quote = source.quotes(List.of(equity("CBA.AX"))).getFirst();

        assertThat(history.provenance()).isEqualTo(quote.provenance());
        assertThat(history.provenance().source()).isEqualTo("offline-snapshot");
    }

    @Test
    void givenMissingResource_fromResource_failsWithTheResourceName() {
        assertThatThrownBy(() -> OfflineSnapshotSource.fromResource("/offline/none.json", CLOCK))
                .hasMessageContaining("/offline/none.json");
    }

    @Nested
    class QuoteContract extends QuoteSourceContract {

        @Override
        protected QuoteSource source() {
            return OfflineSnapshotSource.bundled(CLOCK);
        }

        @Override
        protected List<Instrument> knownInstruments() {
            return List.of(index("^AXJO"), equity("CBA.AX"), crypto("bitcoin.aud"));
        }
    }

    @Nested
    class HistoryContract extends PriceHistorySourceContract {

        @Override
        protected PriceHistorySource source() {
            return OfflineSnapshotSource.bundled(CLOCK);
        }

        @Override
        protected Instrument knownInstrument() {
            return index("^GSPC");
        }
    }

    @Nested
    class MarketContract extends CryptoMarketSourceContract {

        @Override
        protected CryptoMarketSource source() {
            return OfflineSnapshotSource.bundled(CLOCK);
        }
    }

    @Nested
    class SentimentContract extends SentimentSourceContract {

        @Override
        protected SentimentSource source() {
            return OfflineSnapshotSource.bundled(CLOCK);
        }
    }
}
