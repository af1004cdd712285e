package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.domain.market.AssetClass;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.Symbol;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineSnapshotSourceTest {

    private static final Instant NOW = Instant.parse("2026-12-03T07:00:00Z");
    private final OfflineSnapshotSource source = OfflineSnapshotSource.bundled(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void givenKnownInstruments_quotes_returnsThemInRequestOrderWithProvenance() {
        var asx = new Instrument(Symbol.of("^AXJO"), "S&P/ASX 200", AssetClass.INDEX);
        var spx = new Instrument(Symbol.of("^GSPC"), "S&P 500", AssetClass.INDEX);

        var quotes = source.quotes(List.of(spx, asx));

        assertThat(quotes).extracting(q -> q.instrument().symbol().value()).containsExactly("^GSPC", "^AXJO");
        var asxQuote = quotes.get(1);
        assertThat(asxQuote.price()).isEqualByComparingTo(new BigDecimal("8412.30"));
        assertThat(asxQuote.currency()).isEqualTo("AUD");
        assertThat(asxQuote.provenance().source()).isEqualTo("offline-snapshot");
        assertThat(asxQuote.provenance().status()).isEqualTo(DataStatus.FALLBACK);
        assertThat(asxQuote.provenance().fetchedAt()).isEqualTo(NOW);
        assertThat(asxQuote.provenance().asOf()).isBefore(NOW);
    }

    @Test
    void givenUnknownInstrument_quotes_leavesItOut() {
        var unknown = new Instrument(Symbol.of("XYZ.AX"), "Nobody", AssetClass.EQUITY);

        assertThat(source.quotes(List.of(unknown))).isEmpty();
    }

    @Test
    void givenMissingResource_fromResource_failsWithTheResourceName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> OfflineSnapshotSource.fromResource("/offline/none.json", Clock.systemUTC()))
                .hasMessageContaining("/offline/none.json");
    }
}
