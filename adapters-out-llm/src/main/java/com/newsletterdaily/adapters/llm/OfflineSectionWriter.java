package com.newsletterdaily.adapters.llm;

import com.newsletterdaily.application.port.out.SectionRequest;
import com.newsletterdaily.domain.market.Direction;
import com.newsletterdaily.domain.market.Quote;
import com.newsletterdaily.domain.newsletter.Section;
import com.newsletterdaily.domain.newsletter.SectionKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes plain, correct prose straight from the data, the same text for the same input. It needs no model
 * and no network; {@link OfflineLanguageModel} puts it behind the {@code LanguageModel} port as the embedded
 * default and the last writer of every fallback chain.
 */
public final class OfflineSectionWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    public Section write(SectionRequest request) {
        return switch (request.kind()) {
            case MARKET_OVERVIEW -> marketOverview(request);
            case TOP_STORIES -> TopStoriesWriter.write(request);
        };
    }

    private static Section marketOverview(SectionRequest request) {
        var quotes = request.quotes();
        var title = SectionKind.MARKET_OVERVIEW.defaultTitle() + " for " + DAY.format(request.editionDate());
        if (quotes.isEmpty()) {
            return new Section(SectionKind.MARKET_OVERVIEW, title,
                    "No market data was available for this edition.",
                    "No market data was available when this edition was written, so no prices are reported.",
                    List.of());
        }
        var lead = quotes.getFirst();
        var summary = sentence(lead) + " " + breadth(quotes);
        var body = new StringBuilder();
        for (Quote quote : quotes) {
            body.append("- ").append(sentence(quote)).append('\n');
        }
        body.append('\n').append(sourceLine(quotes));
        return new Section(SectionKind.MARKET_OVERVIEW, title, summary, body.toString(), keyPoints(quotes));
    }

    private static String sentence(Quote quote) {
        var name = quote.instrument().name();
        var price = price(quote.price());
        return switch (quote.direction()) {
            case UP -> "%s rose %s%% to %s %s.".formatted(name, percent(quote.changePercent()), price, quote.currency());
            case DOWN -> "%s fell %s%% to %s %s.".formatted(name, percent(quote.changePercent()), price, quote.currency());
            case FLAT -> "%s was unchanged at %s %s.".formatted(name, price, quote.currency());
        };
    }

    private static String breadth(List<Quote> quotes) {
        long up = quotes.stream().filter(q -> q.direction() == Direction.UP).count();
        long down = quotes.stream().filter(q -> q.direction() == Direction.DOWN).count();
        return "Of %d instruments followed, %d gained and %d lost ground.".formatted(quotes.size(), up, down);
    }

    private static List<String> keyPoints(List<Quote> quotes) {
        var points = new ArrayList<String>();
        var byChange = quotes.stream().sorted(Comparator.comparing(Quote::changePercent)).toList();
        var best = byChange.getLast();
        var worst = byChange.getFirst();
        if (best.direction() == Direction.UP) {
            points.add("Strongest: " + best.instrument().name() + " up " + percent(best.changePercent()) + "%");
        }
        if (worst.direction() == Direction.DOWN) {
            points.add("Weakest: " + worst.instrument().name() + " down " + percent(worst.changePercent()) + "%");
        }
        points.add(breadth(quotes));
        return points;
    }

    private static String sourceLine(List<Quote> quotes) {
        var provenance = quotes.getFirst().provenance();
        return "Prices from %s as of %s.".formatted(provenance.source(), provenance.asOf());
    }

    private static String percent(BigDecimal changePercent) {
        return changePercent.abs().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String price(BigDecimal price) {
        var pattern = price.compareTo(BigDecimal.TEN) < 0 ? "#,##0.0000" : "#,##0.00";
        var format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(price);
    }
}
