package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.domain.market.Symbol;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a crypto instrument's symbol names a CoinGecko coin and the currency to price it in: {@code bitcoin} is
 * bitcoin in US dollars, {@code bitcoin.aud} bitcoin in Australian dollars (any CoinGecko {@code vs_currency} after
 * the dot). CoinGecko ids use only lower-case letters, digits and hyphens, so the dot is never ambiguous.
 */
record CoinGeckoSymbol(String id, String vsCurrency) {

    static final String DEFAULT_VS_CURRENCY = "usd";
    private static final Pattern SPELLING = Pattern.compile("([a-z0-9][a-z0-9-]*)(?:\\.([a-zA-Z]{3,5}))?");

    /** The coin and currency a symbol names, or {@code null} when it is not spelled as a CoinGecko id. */
    static CoinGeckoSymbol parse(Symbol symbol) {
        var matcher = SPELLING.matcher(symbol.value());
        if (!matcher.matches()) {
            return null;
        }
        String currency = matcher.group(2) == null ? DEFAULT_VS_CURRENCY : matcher.group(2).toLowerCase(Locale.ROOT);
        return new CoinGeckoSymbol(matcher.group(1), currency);
    }

    String currencyCode() {
        return vsCurrency.toUpperCase(Locale.ROOT);
    }
}
