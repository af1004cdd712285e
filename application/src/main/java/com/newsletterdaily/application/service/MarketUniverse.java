package com.newsletterdaily.application.service;

import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.MovingAverages;
import com.newsletterdaily.domain.market.Symbol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The instruments a market refresh covers, by group, and how many days of closes it keeps for the averages. */
public record MarketUniverse(List<Instrument> indices, List<Instrument> banks, List<Instrument> watchlist,
                             List<Instrument> fx, List<Instrument> commodities, List<Instrument> crypto,
                             int historyDays) {

    /** Enough closes for the 20-day average today and yesterday, with room for holidays. */
    public static final int DEFAULT_HISTORY_DAYS = 30;

    public MarketUniverse {
        indices = List.copyOf(indices);
        banks = List.copyOf(banks);
        watchlist = List.copyOf(watchlist);
        fx = List.copyOf(fx);
        commodities = List.copyOf(commodities);
        crypto = List.copyOf(crypto);
        if (historyDays <= MovingAverages.DEFAULT_LONG_DAYS) {
            throw new IllegalArgumentException("historyDays must exceed " + MovingAverages.DEFAULT_LONG_DAYS
                    + " for the moving averages: " + historyDays);
        }
    }

    public MarketUniverse(List<Instrument> indices, List<Instrument> banks, List<Instrument> watchlist,
                          List<Instrument> fx, List<Instrument> commodities, List<Instrument> crypto) {
        this(indices, banks, watchlist, fx, commodities, crypto, DEFAULT_HISTORY_DAYS);
    }

    /** Every instrument but crypto, once each (the banks are on the watchlist too), in group order. */
    public List<Instrument> nonCrypto() {
        return distinct(Stream.of(indices, banks, watchlist, fx, commodities));
    }

    public List<Instrument> all() {
        return distinct(Stream.of(indices, banks, watchlist, fx, commodities, crypto));
    }

    /**
     * The instruments of the universe with these symbols, in their order.
     *
     * @throws IllegalArgumentException for a symbol outside the universe, which no refresh would ever fetch
     */
    public List<Instrument> select(List<Symbol> symbols) {
        var bySymbol = all().stream().collect(Collectors.toMap(Instrument::symbol, i -> i));
        return symbols.stream().map(symbol -> {
            var instrument = bySymbol.get(symbol);
            if (instrument == null) {
                throw new IllegalArgumentException(symbol + " is not in the market universe, so it is never fetched");
            }
            return instrument;
        }).toList();
    }

    private static List<Instrument> distinct(Stream<List<Instrument>> groups) {
        var bySymbol = new LinkedHashMap<Symbol, Instrument>();
        groups.flatMap(List::stream).forEach(i -> bySymbol.putIfAbsent(i.symbol(), i));
        return List.copyOf(bySymbol.values());
    }
}
