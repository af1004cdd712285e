package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.domain.market.AssetClass;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.Symbol;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Small builders of instruments, and the fixed clock every source test runs on. */
final class TestInstruments {

    static final Instant NOW = Instant.parse("2026-12-03T07:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private TestInstruments() {
    }

    static Instrument equity(String symbol) {
        return new Instrument(Symbol.of(symbol), symbol, AssetClass.EQUITY);
    }

    static Instrument index(String symbol) {
        return new Instrument(Symbol.of(symbol), symbol, AssetClass.INDEX);
    }

    static Instrument crypto(String symbol) {
        return new Instrument(Symbol.of(symbol), symbol, AssetClass.CRYPTO);
    }

    /** An ASX ticker that no source, recorded payload or snapshot lists. */
    static Instrument unlistedEquity() {
        return equity("XYZ.AX");
    }
}
