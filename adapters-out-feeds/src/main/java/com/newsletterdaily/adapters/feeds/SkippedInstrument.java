package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.domain.market.Symbol;

/** An instrument a source could not quote in its last call, and why. */
public record SkippedInstrument(Symbol symbol, String reason, boolean retryable) {
}
