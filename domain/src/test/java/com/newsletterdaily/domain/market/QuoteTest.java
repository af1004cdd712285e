package com.newsletterdaily.domain.market;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuoteTest {

    private static final Instrument ASX = new Instrument(Symbol.of("^AXJO"), "S&P/ASX 200", AssetClass.INDEX);
    private static final Provenance PROVENANCE = new Provenance("test", Instant.EPOCH, Instant.EPOCH,
            DataStatus.FRESH);

    @Test
    void givenPriceAbovePreviousClose_changePercent_isPositiveAndRoundedHalfUp() {
        var quote = new Quote(ASX, new BigDecimal("8412.30"), new BigDecimal("8374.60"), "AUD", PROVENANCE);

        assertThat(quote.change()).isEqualByComparingTo("37.70");
        assertThat(quote.changePercent()).isEqualByComparingTo("0.45");
        assertThat(quote.direction()).isEqualTo(Direction.UP);
    }

    @Test
    void givenEqualPrices_direction_isFlat() {
        var quote = new Quote(ASX, new BigDecimal("100"), new BigDecimal("100.00"), "AUD", PROVENANCE);

        assertThat(quote.direction()).isEqualTo(Direction.FLAT);
        assertThat(quote.changePercent()).isEqualByComparingTo("0");
    }

    @Test
    void givenNonPositivePrice_quote_isRefused() {
        assertThatThrownBy(() -> new Quote(ASX, BigDecimal.ZERO, BigDecimal.ONE, "AUD", PROVENANCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("^AXJO");
    }

    @Test
    void givenBadSymbols_symbol_isRefused() {
        assertThat(Symbol.of("CBA.AX").value()).isEqualTo("CBA.AX");
        assertThat(Symbol.of("AUDUSD=X").value()).isEqualTo("AUDUSD=X");
        for (var bad : new String[]{"", "has space", "<script>", "x".repeat(33)}) {
            assertThatThrownBy(() -> Symbol.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
