package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.application.port.out.SourceException;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The per-instrument outcomes of one quotes call: a failing instrument is skipped so the others still count, and the
 * call fails only when instruments were tried and none could be quoted, so a chain can fall back to another source.
 */
final class QuoteAttempts {

    private final String source;
    private final List<Quote> quotes = new ArrayList<>();
    private final List<SkippedInstrument> skipped = new ArrayList<>();

    QuoteAttempts(String source) {
        this.source = source;
    }

    synchronized void quoted(Quote quote) {
        quotes.add(quote);
    }

    synchronized void failed(Instrument instrument, SourceException failure) {
        String reason = failure.getMessage().startsWith(source + ": ")
                ? failure.getMessage().substring(source.length() + 2) : failure.getMessage();
        skipped.add(new SkippedInstrument(instrument.symbol(), reason, failure.retryable()));
    }

    synchronized List<SkippedInstrument> skipped() {
        return List.copyOf(skipped);
    }

    /** The quotes in the order of {@code instruments}, or a failure summarising why none could be quoted. */
    synchronized List<Quote> result(List<Instrument> instruments) {
        if (quotes.isEmpty() && !skipped.isEmpty()) {
            String reasons = skipped.stream().limit(5).map(s -> s.symbol() + ": " + s.reason())
                    .collect(Collectors.joining("; "));
            boolean retryable = skipped.stream().anyMatch(SkippedInstrument::retryable);
            throw new SourceException(source, "no instrument could be quoted (" + reasons
                    + (skipped.size() > 5 ? "; …" : "") + ")", retryable);
        }
        return instruments.stream()
                .map(i -> quotes.stream().filter(q -> q.instrument().equals(i)).findFirst())
                .flatMap(Optional::stream)
                .toList();
    }
}
