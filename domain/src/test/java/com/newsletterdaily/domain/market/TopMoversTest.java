package com.newsletterdaily.domain.market;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TopMoversTest {

    private static final Instant AT = Instant.parse("2026-12-02T06:00:00Z");

    @Test
    void givenRisesFallsAndFlat_of_sortsEachSideByLargestMoveAndLeavesFlatOut() {
        var quotes = List.of(quote("BHP.AX", "100", "103"), quote("CBA.AX", "100", "97"), quote("CSL.AX", "100", "100"),
                quote("NAB.AX", "100", "110"), quote("WBC.AX", "100", "99"));

        var movers = TopMovers.of(quotes);

        assertThat(symbols(movers.gainers())).containsExactly("NAB.AX", "BHP.AX");
        assertThat(symbols(movers.losers())).containsExactly("CBA.AX", "WBC.AX");
    }

    @Test
    void givenMoreThanFiveMovers_of_keepsFiveEachSide() {
        var quotes = IntStream.rangeClosed(1, 7).boxed().flatMap(i -> List.of(
                quote("UP" + i, "100", String.valueOf(100 + i)),
                quote("DN" + i, "100", String.valueOf(100 - i))).stream()).toList();

        var movers = TopMovers.of(quotes);

        assertThat(symbols(movers.gainers())).containsExactly("UP7", "UP6", "UP5", "UP4", "UP3");
        assertThat(symbols(movers.losers())).containsExactly("DN7", "DN6", "DN5", "DN4", "DN3");
    }

    @Test
    void givenEqualPercentChanges_of_breaksTiesBySymbol() {
        var quotes = List.of(quote("WES.AX", "50", "51"), quote("ANZ.AX", "200", "204"), quote("MQG.AX", "10", "10.2"),
                quote("TLS.AX", "4", "3.92"), quote("FMG.AX", "20", "19.6"));

        var movers = TopMovers.of(quotes);

        assertThat(symbols(movers.gainers())).containsExactly("ANZ.AX", "MQG.AX", "WES.AX");
        assertThat(symbols(movers.losers())).containsExactly("FMG.AX", "TLS.AX");
    }

    @Test
    void givenChangesEqualAfterRounding_of_ordersByExactChange() {
        // Both round to 1.00 %, but 1.004 % beats 1.001 %.
        var movers = TopMovers.of(List.of(quote("AAA", "100000", "101001"), quote("ZZZ", "100000", "101004")));

        assertThat(symbols(movers.gainers())).containsExactly("ZZZ", "AAA");
    }

    @Test
    void givenNoQuotes_of_isEmpty() {
        var movers = TopMovers.of(List.of());

        assertThat(movers.gainers()).isEmpty();
        assertThat(movers.losers()).isEmpty();
    }

    private static List<String> symbols(List<Quote> quotes) {
        return quotes.stream().map(q -> q.instrument().symbol().value()).toList();
    }

    private static Quote quote(String symbol, String previousClose, String price) {
        return new Quote(new Instrument(Symbol.of(symbol), symbol, AssetClass.EQUITY), new BigDecimal(price),
                new BigDecimal(previousClose), "AUD", new Provenance("test", AT, AT, DataStatus.FRESH));
    }
}
