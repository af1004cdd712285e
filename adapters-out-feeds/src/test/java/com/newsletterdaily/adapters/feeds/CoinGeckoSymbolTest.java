package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.domain.market.Symbol;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link CoinGeckoSymbol}: how a symbol names a coin and its quote currency. */
class CoinGeckoSymbolTest {

    @Test
    void givenABareId_parse_pricesInUsd() {
        assertThat(CoinGeckoSymbol.parse(Symbol.of("bitcoin"))).isEqualTo(new CoinGeckoSymbol("bitcoin", "usd"));
    }

    @Test
    void givenACurrencySuffix_parse_pricesInThatCurrency() {
        assertThat(CoinGeckoSymbol.parse(Symbol.of("usd-coin.AUD"))).isEqualTo(new CoinGeckoSymbol("usd-coin", "aud"));
    }

    @Test
    void givenATickerThatIsNoCoinGeckoId_parse_isNull() {
        assertThat(CoinGeckoSymbol.parse(Symbol.of("BTC-USD"))).isNull();
        assertThat(CoinGeckoSymbol.parse(Symbol.of("^AXJO"))).isNull();
    }
}
